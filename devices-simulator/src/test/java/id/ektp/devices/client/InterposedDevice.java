package id.ektp.devices.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * A device service that sits between the client and a real (simulated) device over HTTP and rewrites the capture
 * answer, the way a tampering or broken device would, or never answers a capture at all.
 */
final class InterposedDevice implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final CountDownLatch released = new CountDownLatch(1);

    private InterposedDevice(URI device, UnaryOperator<String> captureRewrite, boolean hangOnCapture)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 8);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                boolean capture = exchange.getRequestURI().getPath().endsWith("/capture");
                if (capture && hangOnCapture) {
                    released.await();
                    return;
                }
                HttpResponse<String> answer = forward(device, exchange);
                String body = capture ? captureRewrite.apply(answer.body()) : answer.body();
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.statusCode(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    static InterposedDevice rewriting(URI device, UnaryOperator<String> captureRewrite) throws IOException {
        return new InterposedDevice(device, captureRewrite, false);
    }

    static InterposedDevice silentOnCapture(URI device) throws IOException {
        return new InterposedDevice(device, UnaryOperator.identity(), true);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private HttpResponse<String> forward(URI device, HttpExchange exchange) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(device.resolve(exchange.getRequestURI().getPath()));
        if ("POST".equals(exchange.getRequestMethod())) {
            request.POST(HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
