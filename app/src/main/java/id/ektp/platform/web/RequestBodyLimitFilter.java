package id.ektp.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over its {@link RequestBodyLimits limit} with 413. A body that announces its
 * length is refused before a byte of it is read (and before the login check, so an anonymous client
 * cannot make the server read 30 MB); a chunked body is counted while it is read and cut off at the
 * limit with a {@link BodyTooLargeException}.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final RequestBodyLimits limits;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(RequestBodyLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limits.limitFor(path);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, path, limit);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, long limit) throws IOException {
        // The unread body cannot be drained: the connection closes after the answer, which is flushed first,
        // since the servlet container drops what it still holds when it closes a connection it cannot drain.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        if (path.startsWith("/api/")) {
            problems.write(request, response, tooLarge(limit));
            response.flushBuffer();
        } else {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
        }
    }

    static org.springframework.http.ProblemDetail tooLarge(long limit) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
                "The request body is larger than the " + limit + " bytes this request may carry; nothing was stored.");
    }

    /** The request with its body counted as it is read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
