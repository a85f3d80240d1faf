package de.wesermarsch.wegweiser.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.wesermarsch.wegweiser.WegweiserProperties;
import reactor.netty.NettyPipeline;

/**
 * What the HTTP server itself does before Spring sees a request: the client's address from trusted proxies
 * only ({@link TrustedProxies}); problem+json for requests the decoder refuses, the idle and header timeout and
 * HTTP/1.0 without chunks ({@link HttpGuard}); and a bound on the time a request's body may take.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NettyServer.Timeouts.class)
class NettyServer {

	@Bean
	NettyServerCustomizer guardedServer(WegweiserProperties properties, Timeouts timeouts) {
		TrustedProxies proxies = new TrustedProxies(properties.trustedProxies());
		return server -> server.forwarded(proxies)
			.readTimeout(timeouts.bodyRead())
			.requestTimeout(timeouts.request())
			.doOnChannelInit((observer, channel, remote) -> {
				if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
					channel.pipeline().addAfter(NettyPipeline.HttpCodec, "wegweiser.guard", new HttpGuard(timeouts.header()));
				}
			});
	}

	/**
	 * How long a connection may take ({@code wegweiser.timeouts.*}).
	 *
	 * @param header from opening a connection, or the end of the last answer on it, until the next request's
	 * headers are complete (default 20 s); an idle connection is closed after it as well
	 * @param bodyRead the longest pause between two reads of a request's body (default 10 s)
	 * @param request the longest time to read a whole request body (default 20 s)
	 */
	@ConfigurationProperties("wegweiser.timeouts")
	record Timeouts(@DefaultValue("20s") Duration header, @DefaultValue("10s") Duration bodyRead,
			@DefaultValue("20s") Duration request) {
	}

}
