package archfixtures.r11.automation.adapter.in.rest;

public class FlowController {
}
