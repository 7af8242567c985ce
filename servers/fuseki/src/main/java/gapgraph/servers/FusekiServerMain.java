package gapgraph.servers;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import sun.misc.Signal;

/**
 * Apache Jena Fuseki on 127.0.0.1:PORT with one in-memory, updatable dataset at /ds (query
 * /ds/query, update /ds/update, Graph Store Protocol /ds/data). Prints "ready" once it accepts
 * connections; SIGTERM stops it and exits 0.
 *
 * <p>Usage: {@code FusekiServerMain PORT}
 */
public final class FusekiServerMain {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: fuseki-server PORT");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    FusekiServer server = FusekiServer.create()
        .loopback(true)
        .port(port)
        .add("/ds", DatasetGraphFactory.createTxnMem(), true)
        .build();
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    System.out.println("fuseki ready on http://127.0.0.1:" + server.getHttpPort() + "/ds");
    System.out.flush();
    server.join();
  }
}
