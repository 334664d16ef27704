package newsgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts a throw-away Neo4j 5 Community server for tests: Bolt on a free loopback port, a temporary
 * data directory, and, when a password is given, authentication as user "neo4j" with that password.
 *
 * <p>Prints one line, the Bolt URI, on stdout once the server accepts connections; everything else goes
 * to stderr. Stops cleanly, deleting its temporary data directory, when stdin closes or on SIGTERM/SIGINT.
 *
 * <p>Options: --port N (default 0: a free port), --password P (default: environment variable
 * NEO4J_PASSWORD; none disables authentication), --page-cache BYTES (default 67108864), --data-dir DIR
 * (default: a new temporary folder; a given folder is created if missing, reused when it holds a
 * database, and kept on exit, so that a stopped server can be restarted on the same data and port).
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parseOptions(args);
        int port = Integer.parseInt(options.getOrDefault("port", "0"));
        String password = options.getOrDefault("password", System.getenv("NEO4J_PASSWORD"));
        long pageCache = Long.parseLong(options.getOrDefault("page-cache", String.valueOf(64L * 1024 * 1024)));
        if (password != null && password.length() < 8) {
            fail("--password must have at least 8 characters (Neo4j's minimum).");
        }

        String dataDir = options.get("data-dir");
        boolean keepData = dataDir != null;

        long started = System.nanoTime();
        Path home = keepData ? Files.createDirectories(Path.of(dataDir).toAbsolutePath()) : Files.createTempDirectory("newsgraph-neo4j-");
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Tests empty and refill a tiny graph all the time: replanning on every change of statistics only costs time.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(1))
                .setConfig(GraphDatabaseSettings.query_statistics_divergence_threshold, 1.0)
                // Bolt's network threads otherwise wait seconds of quiet before they stop.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long stopping = System.nanoTime();
            try {
                service.shutdown();
                System.err.printf("neo4j-launcher: Neo4j stopped in %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
            } finally {
                if (!keepData) deleteTree(home);
            }
        }, "neo4j-launcher-shutdown"));

        if (password != null) {
            setPassword(service, password);
        }

        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.err.printf("neo4j-launcher: Neo4j started in %d ms, data in %s%n",
                (System.nanoTime() - started) / 1_000_000, home);
        System.out.println("bolt://" + bolt.getHost() + ":" + bolt.getPort());
        System.out.flush();

        waitForEndOfInput(System.in);
        System.err.println("neo4j-launcher: stdin closed, stopping");
        System.exit(0);
    }

    /** Sets the password of user neo4j; a reused data directory may already have exactly this one. */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                fail("usage: java -jar neo4j-launcher.jar [--port N] [--password P] [--page-cache BYTES] [--data-dir DIR]");
            }
            options.put(name.substring(2), args[i + 1]);
        }
        return options;
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException e) {
            System.err.println("neo4j-launcher: stdin failed (" + e.getMessage() + "), stopping");
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
