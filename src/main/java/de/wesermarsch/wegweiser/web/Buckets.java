package de.wesermarsch.wegweiser.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per client key: a burst of {@code capacity}, refilled continuously over {@code refill}. A client
 * idle for twice that is forgotten (its bucket would be full again anyway).
 */
final class Buckets {

	private final int capacity;

	private final long refillNanos;

	private final Cache<String, Bucket> buckets;

	Buckets(int capacity, Duration refill) {
		this.capacity = capacity;
		this.refillNanos = refill.toNanos();
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(refill.multipliedBy(2))
			.maximumSize(100_000)
			// expiry runs on the request's thread, not handed to the common pool for every request
			.executor(Runnable::run)
			.build();
	}

	/** Takes one token; returns 0, or how many whole seconds (at least 1) until one is there again. */
	long take(String client) {
		return bucket(client).take(capacity, refillNanos, System.nanoTime(), true);
	}

	/** Like {@link #take}, without taking: 0 while the client has a token left. */
	long peek(String client) {
		return bucket(client).take(capacity, refillNanos, System.nanoTime(), false);
	}

	private Bucket bucket(String client) {
		return buckets.get(client, k -> new Bucket(capacity, System.nanoTime()));
	}

	/** Tokens left and when they were last counted. */
	static final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		synchronized long take(int capacity, long refillNanos, long now, boolean take) {
			double perNano = capacity / (double) refillNanos;
			tokens = Math.min(capacity, tokens + (now - at) * perNano);
			at = now;
			if (tokens >= 1) {
				tokens -= take ? 1 : 0;
				return 0;
			}
			return Math.max(1, Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano)).toSeconds() + 1);
		}

	}

}
