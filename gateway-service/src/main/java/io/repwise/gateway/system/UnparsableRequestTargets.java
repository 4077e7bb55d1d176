package io.repwise.gateway.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

import io.repwise.common.problem.Problems;

/**
 * Answers a request Netty could not decode (a header line with no colon or a space in its name,
 * headers over the size limit, a request line over its limit) or whose target is not a URI at all
 * (a raw {@code |}, {@code "}, {@code <} or a lone {@code %} in the path or query) with a problem.
 * Reactor Netty answers the first with an empty 400 or 431, and Spring's Netty adapter the second
 * with a bare 400, both before any filter runs; so this sits in Netty's pipeline, just after the
 * HTTP codec, and closes the connection after answering (the rest of that request is not read).
 */
@Component
class UnparsableRequestTargets implements NettyServerCustomizer {

	static final Refusal NOT_A_URI = new Refusal(HttpResponseStatus.BAD_REQUEST, "The request target is not a valid URI: "
			+ "characters such as | \" < > ^ ` { } and a lone % must be percent-encoded.");

	static final Refusal MALFORMED = new Refusal(HttpResponseStatus.BAD_REQUEST,
			"The request is not valid HTTP: each header must be a name, a colon and a value.");

	static final Refusal NO_HOST = new Refusal(HttpResponseStatus.BAD_REQUEST,
			"An HTTP/1.1 request must carry a Host header.");

	static final Refusal HEADERS_TOO_LARGE = new Refusal(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
			"The request's headers are larger than the gateway accepts.");

	static final Refusal LINE_TOO_LONG = new Refusal(HttpResponseStatus.REQUEST_URI_TOO_LONG,
			"The request line is longer than the gateway accepts.");

	static final Refusal VERSION_NOT_SUPPORTED = new Refusal(HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED,
			"The gateway speaks HTTP/1.0, HTTP/1.1 and HTTP/2.");

	/** A status and why, answered as a problem ({@link Problems#toJson}). */
	record Refusal(HttpResponseStatus status, String detail) {

		String body() {
			return Problems.toJson(this.status.code(), this.status.reasonPhrase(), this.detail);
		}

	}

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, address) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline().addAfter(NettyPipeline.HttpCodec, "repwise.requestTarget", new TargetCheck());
			}
		});
	}

	static boolean isUri(String target) {
		try {
			new URI(target);
			return true;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** Refuses undecodable requests and unparsable targets, and drops the body parts that follow them. */
	static final class TargetCheck extends ChannelInboundHandlerAdapter {

		private boolean refusing;

		@Override
		public void channelRead(ChannelHandlerContext context, Object message) {
			if (message instanceof HttpRequest request) {
				DecoderResult decoded = request.decoderResult();
				Refusal refusal = decoded.isFailure() ? refusalFor(decoded.cause()) : refusalOf(request);
				this.refusing = refusal != null;
				if (this.refusing) {
					ReferenceCountUtil.release(message);
					answer(context, refusal);
					return;
				}
			}
			if (this.refusing && message instanceof HttpContent) {
				ReferenceCountUtil.release(message);
				return;
			}
			context.fireChannelRead(message);
		}

		/**
		 * What is wrong with a request Netty decoded, or {@code null}: Netty takes any version
		 * (it answered "HTTP/3.0 401") and an HTTP/1.1 request without Host, which RFC 9112 says
		 * must be refused.
		 */
		private static Refusal refusalOf(HttpRequest request) {
			HttpVersion version = request.protocolVersion();
			if (version.majorVersion() != 1 || version.minorVersion() > 1) {
				return VERSION_NOT_SUPPORTED;
			}
			if (version.minorVersion() == 1 && !request.headers().contains(HttpHeaderNames.HOST)) {
				return NO_HOST;
			}
			return isUri(request.uri()) ? null : NOT_A_URI;
		}

		private static Refusal refusalFor(Throwable decodingFailure) {
			if (decodingFailure instanceof TooLongHttpHeaderException) {
				return HEADERS_TOO_LARGE;
			}
			return (decodingFailure instanceof TooLongHttpLineException) ? LINE_TOO_LONG : MALFORMED;
		}

		private static void answer(ChannelHandlerContext context, Refusal refusal) {
			FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, refusal.status(),
					Unpooled.copiedBuffer(refusal.body(), StandardCharsets.UTF_8));
			response.headers()
				.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
				.setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
				.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
			context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
		}

	}

}
