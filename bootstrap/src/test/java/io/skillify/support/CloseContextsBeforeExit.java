package io.skillify.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** After the last test, closes the servers still cached by Spring's test support, before the database stops. */
public class CloseContextsBeforeExit implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        OpenContexts.closeAll();
    }
}
