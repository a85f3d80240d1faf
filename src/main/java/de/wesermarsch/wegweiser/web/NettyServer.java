package de.wesermarsch.wegweiser.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.wesermarsch.wegweiser.WegweiserProperties;

/**
 * What the HTTP server itself does before Spring sees a request: the client's address from trusted proxies
 * only ({@link TrustedProxies}).
 */
@Configuration(proxyBeanMethods = false)
class NettyServer {

	@Bean
	NettyServerCustomizer trustedProxies(WegweiserProperties properties) {
		TrustedProxies proxies = new TrustedProxies(properties.trustedProxies());
		return server -> server.forwarded(proxies);
	}

}
