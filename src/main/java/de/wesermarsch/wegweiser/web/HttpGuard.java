package de.wesermarsch.wegweiser.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;

/**
 * Sits right behind the HTTP decoder of every connection, for what Reactor Netty does not do the way this
 * service must:
 * <ul>
 * <li>A request the decoder cannot read (a broken request line, an address over the line limit, headers over
 * the header limit) is answered here with a problem+json body (400, 414, 431) and the connection closed. Reactor
 * Netty would send an empty body and log a warning with the client's address and port.</li>
 * <li>The idle and header timeout: a connection has {@code headerTimeout} from opening (or from the end of the
 * previous answer) until its next request's headers are complete; then it is closed. A client that sends a
 * header a minute, or keeps a connection open without asking anything, holds no connection for long. (Reactor
 * Netty's read and request timeouts bound a slow body.)</li>
 * <li>HTTP/1.0 knows no chunked transfer encoding: an answer to it without a length is sent as it is and ends
 * with the connection.</li>
 * </ul>
 */
final class HttpGuard extends ChannelDuplexHandler {

	private final long headerTimeoutMillis;

	private ScheduledFuture<?> headerDeadline;

	private boolean http10;

	private boolean refused;

	HttpGuard(Duration headerTimeout) {
		this.headerTimeoutMillis = headerTimeout.toMillis();
	}

	@Override
	public void handlerAdded(ChannelHandlerContext ctx) {
		awaitHeaders(ctx);
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (refused) {
			ReferenceCountUtil.release(msg);
			return;
		}
		if (msg instanceof HttpRequest request) {
			cancelDeadline();
			if (request.decoderResult().isFailure()) {
				refuse(ctx, msg, request.decoderResult().cause());
				return;
			}
			http10 = request.protocolVersion().equals(HttpVersion.HTTP_1_0);
		}
		ctx.fireChannelRead(msg);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
		if (http10 && msg instanceof HttpResponse response && HttpUtil.isTransferEncodingChunked(response)) {
			HttpUtil.setTransferEncodingChunked(response, false);
			response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
		}
		if (!(msg instanceof LastHttpContent)) {
			ctx.write(msg, promise);
			return;
		}
		ChannelPromise written = promise.unvoid();
		ctx.write(msg, written);
		written.addListener(f -> {
			if (http10) {
				ctx.close();
			}
			else {
				awaitHeaders(ctx);
			}
		});
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		cancelDeadline();
		ctx.fireChannelInactive();
	}

	private void refuse(ChannelHandlerContext ctx, Object msg, Throwable cause) {
		refused = true;
		ReferenceCountUtil.release(msg);
		HttpResponseStatus status = cause instanceof TooLongHttpLineException ? HttpResponseStatus.REQUEST_URI_TOO_LONG
				: cause instanceof TooLongHttpHeaderException ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
				: cause instanceof TooLongFrameException ? HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE
				: HttpResponseStatus.BAD_REQUEST;
		String detail = switch (status.code()) {
			case 414 -> "The address is too long.";
			case 431 -> "The request's headers are too large.";
			default -> "The request could not be read as HTTP.";
		};
		String json = "{\"type\":\"about:blank\",\"title\":\"" + status.reasonPhrase() + "\",\"status\":" + status.code()
				+ ",\"detail\":\"" + detail + "\"}";
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
				Unpooled.copiedBuffer(json, StandardCharsets.UTF_8));
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
			.setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
			.set(HttpHeaderNames.CACHE_CONTROL, "no-store")
			.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
		ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
	}

	private void awaitHeaders(ChannelHandlerContext ctx) {
		cancelDeadline();
		if (ctx.channel().isActive() || !ctx.channel().isRegistered()) {
			headerDeadline = ctx.executor().schedule(() -> ctx.close(), headerTimeoutMillis, TimeUnit.MILLISECONDS);
		}
	}

	private void cancelDeadline() {
		if (headerDeadline != null) {
			headerDeadline.cancel(false);
			headerDeadline = null;
		}
	}

}
