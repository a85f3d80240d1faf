package de.wesermarsch.wegweiser.web;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.api.Problems;
import reactor.core.publisher.Mono;

/**
 * A token bucket per client: a burst of {@code requests}, refilled over {@code per}; beyond it, 429 with
 * {@code Retry-After}. Clients are told apart by their address, which is kept only as a salted hash in memory
 * (the salt is new at every start) and forgotten when the client is idle: nothing that identifies a person is
 * stored or logged. Health probes are not limited.
 */
@Component
class RateLimit implements WebFilter, Ordered {

	private final WegweiserProperties.RateLimit limit;

	private final Cache<String, Bucket> buckets;

	private final byte[] salt = new byte[16];

	RateLimit(WegweiserProperties properties) {
		this.limit = properties.rateLimit();
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(limit.per().multipliedBy(2))
			.maximumSize(100_000)
			// expiry runs on the request's thread, not handed to the common pool for every request
			.executor(Runnable::run)
			.build();
		new SecureRandom().nextBytes(salt);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!limit.enabled() || exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
			return chain.filter(exchange);
		}
		Bucket bucket = buckets.get(client(exchange), k -> new Bucket(limit.requests(), System.nanoTime()));
		long waitNanos = bucket.take(limit.requests(), limit.per().toNanos(), System.nanoTime());
		if (waitNanos > 0) {
			long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
			exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
			return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
					"Too many requests from your connection. Please wait " + seconds + " seconds.");
		}
		return chain.filter(exchange);
	}

	private String client(ServerWebExchange exchange) {
		InetSocketAddress address = exchange.getRequest().getRemoteAddress();
		String host = address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			return java.util.HexFormat.of().formatHex(digest.digest(host.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Tokens left and when they were last counted; refills continuously. */
	static final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		/** Takes one token; returns 0, or how many nanoseconds until one is there. */
		synchronized long take(int capacity, long refillNanos, long now) {
			double perNano = capacity / (double) refillNanos;
			tokens = Math.min(capacity, tokens + (now - at) * perNano);
			at = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - tokens) / perNano);
		}

	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

}
