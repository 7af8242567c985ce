package gapgraph.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import sun.misc.Signal;

/**
 * Neo4j 5 in-process: only the Bolt connector, on 127.0.0.1:PORT; data under DIR; LOAD CSV reads
 * files from DIR/import. Auth is off unless NEO4J_PASSWORD is set (user neo4j, at least 8
 * characters). NEO4J_SEED=HOME starts from a copy of the databases in HOME/data (as written by
 * {@code neo4j-admin database import} with NEO4J_HOME=HOME). Prints "ready" once Bolt accepts
 * connections; SIGTERM stops it and exits 0.
 *
 * <p>Usage: {@code Neo4jServer PORT DIR}
 */
public final class Neo4jServer {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: neo4j-server PORT DIR");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]).toAbsolutePath();
    Path imports = Files.createDirectories(dir.resolve("import"));
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
    String seed = System.getenv().getOrDefault("NEO4J_SEED", "");

    Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(dir);
    if (!seed.isEmpty()) {
      builder.copyFrom(Path.of(seed));
    }
    Neo4j neo4j = builder
        .withDisabledServer() // no HTTP connector
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .withConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
        .withConfig(GraphDatabaseSettings.load_csv_file_url_root, imports)
        .withConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
        .build();
    if (!password.isEmpty()) {
      neo4j.databaseManagementService().database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
    Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    System.out.println("neo4j ready on " + neo4j.boltURI() + " (data in " + dir + ")");
    System.out.flush();
    Thread.currentThread().join();
  }
}
