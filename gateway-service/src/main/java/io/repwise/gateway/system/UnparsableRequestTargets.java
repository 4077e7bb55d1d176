package io.repwise.gateway.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers a request whose target is not a URI at all (a raw {@code |}, {@code "}, {@code <} or
 * a lone {@code %} in the path or query) with a 400 problem. Spring's Netty adapter cannot build
 * the request for such a target and answers a bare 400 with no body before any filter runs, so
 * this sits in Netty's pipeline, just after the HTTP codec, and closes the connection after
 * answering (the rest of that request is not read).
 */
@Component
class UnparsableRequestTargets implements NettyServerCustomizer {

	static final String PROBLEM = """
			{"type":"urn:repwise:problem:bad-request","title":"Bad request","status":400,\
			"detail":"The request target is not a valid URI: characters such as | \\" < > ^ ` { } and a lone % must be percent-encoded."}""";

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

	/** Refuses requests with unparsable targets and drops the body parts that follow them. */
	static final class TargetCheck extends ChannelInboundHandlerAdapter {

		private boolean refusing;

		@Override
		public void channelRead(ChannelHandlerContext context, Object message) {
			if (message instanceof HttpRequest request) {
				this.refusing = !isUri(request.uri());
				if (this.refusing) {
					ReferenceCountUtil.release(message);
					FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
							HttpResponseStatus.BAD_REQUEST, Unpooled.copiedBuffer(PROBLEM, StandardCharsets.UTF_8));
					response.headers()
						.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
						.setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
						.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
					context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
					return;
				}
			}
			if (this.refusing && message instanceof HttpContent) {
				ReferenceCountUtil.release(message);
				return;
			}
			context.fireChannelRead(message);
		}

	}

}
