package id.ektp.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** An HTTP/1.1 response read off a raw socket (status, headers, body up to the close), as an {@link HttpResponse}. */
record RawResponse(int statusCode, HttpHeaders headers, String body) implements HttpResponse<String> {

    /** Reads the status line, the headers and a body of the announced Content-Length, not waiting for the close. */
    static RawResponse read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed inside the response head: " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.US_ASCII).trim().split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        HttpHeaders httpHeaders = HttpHeaders.of(headers, (a, b) -> true);
        int length = (int) httpHeaders.firstValueAsLong("Content-Length")
                .orElseThrow(() -> new IOException("the response announces no Content-Length: " + headers));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), httpHeaders, body);
    }

    @Override
    public HttpRequest request() {
        return null;
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return null;
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
