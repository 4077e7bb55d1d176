package io.repwise.gateway.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Protections applied to every request at the edge, before routing: bounded bodies, paths and
 * queries of bounded length and of valid UTF-8, no path that could reach {@code /internal/**} or
 * climb out of a route's prefix, and security headers on every response, including errors and
 * fallbacks.
 */
@Component
public class EdgeFilters implements WebFilter, Ordered {

	/** The path the client asked for, kept for error answers produced after a forward. */
	public static final String ORIGINAL_PATH_ATTRIBUTE = EdgeFilters.class.getName() + ".originalPath";

	/**
	 * The longest path and query forwarded: what Netty accepted before (its 4096-character request
	 * line), well inside the services' 8 KB of headers. Netty itself takes longer lines
	 * ({@code server.netty.max-initial-line-length}) so that this answer is a problem, not a bare 414.
	 */
	static final int MAX_PATH_AND_QUERY = 4096;

	private final long maxRequestBytes;

	private final GatewayProperties.Uploads uploads;

	/**
	 * Bodies up to this many times the limit are read and dropped before the 413, so the client
	 * can read it; larger ones are refused at once, not read at all.
	 */
	static final long DRAINED_BODIES = 8;

	public static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'";

	EdgeFilters(GatewayProperties properties) {
		this.maxRequestBytes = properties.maxRequestSize().toBytes();
		this.uploads = properties.uploads();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpHeaders responseHeaders = exchange.getResponse().getHeaders();
		// Set just before commit so that a downstream's own copies are replaced, not duplicated.
		boolean page = isPage(exchange.getRequest().getPath().value());
		exchange.getResponse().beforeCommit(() -> {
			addSecurityHeaders(responseHeaders, page);
			return Mono.empty();
		});
		exchange.getAttributes().put(ORIGINAL_PATH_ATTRIBUTE, exchange.getRequest().getPath().value());
		URI uri = exchange.getRequest().getURI();
		String pathAndQuery = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		// Checked here, not left to the services: their Tomcat answers both with an HTML page.
		if (pathAndQuery.length() > MAX_PATH_AND_QUERY) {
			return Mono.error(new ResponseStatusException(HttpStatus.URI_TOO_LONG,
					"The path and query must not be longer than " + MAX_PATH_AND_QUERY + " characters."));
		}
		if (!PercentEncoding.isUtf8(pathAndQuery)) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The path or query has percent-encoded bytes that are not UTF-8 text."));
		}
		if (isForbiddenPath(uri.getRawPath())) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		long contentLength = exchange.getRequest().getHeaders().getContentLength();
		long maxBytes = this.uploads.covers(uri.getRawPath()) ? this.uploads.maxSize().toBytes() : this.maxRequestBytes;
		if (contentLength > maxBytes) {
			// The connection cannot carry another request after a body it refused.
			exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
			ResponseStatusException tooLarge = new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
					"The request body must not be larger than " + maxBytes + " bytes.");
			if (contentLength > DRAINED_BODIES * this.maxRequestBytes) {
				return Mono.error(tooLarge);
			}
			// Read and drop the body before answering: closing with it unread makes the kernel reset
			// the connection, and a client still sending then loses the 413 it was sent (the fault
			// suite's hostile-input scenario saw this for a 1.1 MB body, now and then).
			return exchange.getRequest().getBody().doOnNext(DataBufferUtils::release).then(Mono.error(tooLarge));
		}
		return chain.filter(exchange);
	}

	/**
	 * Internal endpoints are service-to-service only; dot segments and encoded slashes would let a
	 * path that matched one route's prefix resolve to another path downstream.
	 */
	static boolean isForbiddenPath(String rawPath) {
		String lower = rawPath.toLowerCase(Locale.ROOT);
		if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")) {
			return true;
		}
		String decoded = URLDecoder.decode(lower.replace("+", "%2B"), StandardCharsets.UTF_8);
		for (String segment : decoded.split("/")) {
			if (segment.equals("..") || segment.equals(".") || segment.equals("internal")) {
				return true;
			}
		}
		return false;
	}

	/** The browsable documentation (Swagger UI and its assets), which loads its own scripts and styles. */
	static boolean isPage(String path) {
		return path.equals("/docs") || path.startsWith("/docs/") || path.startsWith("/webjars/");
	}

	private static void addSecurityHeaders(HttpHeaders headers, boolean page) {
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("X-Frame-Options", "DENY");
		headers.set("Referrer-Policy", "no-referrer");
		headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		// API answers load nothing; pages load only the gateway's own scripts (Swagger UI sets inline
		// styles and draws icons as data: images) and call only the gateway.
		headers.set("Content-Security-Policy", page ? PAGE_POLICY : "default-src 'none'; frame-ancestors 'none'");
		headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10; // just after the correlation id filter
	}

}
