package io.skillify.shared.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Connections held for a long time outside the pool (the change feed's LISTEN), opened from the pool's own URL and
 * credentials so that they never take a pooled connection for ever nor count against the pool's size.
 */
@Component
class ListeningConnections {

    private final DataSource dataSource;

    ListeningConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection open(String applicationName) throws SQLException {
        HikariDataSource pool = dataSource.isWrapperFor(HikariDataSource.class)
                ? dataSource.unwrap(HikariDataSource.class) : null;
        if (pool == null) {
            // not a pool we can read the address of: a connection of the data source itself, held until it drops
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}
