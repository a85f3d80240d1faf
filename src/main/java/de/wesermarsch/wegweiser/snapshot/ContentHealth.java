package de.wesermarsch.wegweiser.snapshot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The content part of the readiness probe: {@code UP} when the content served is the content on disk,
 * {@code STALE} when a change did not load and older content is served (still answered with 200, see
 * application.properties: a replica serving the last good content must stay in the load balancer, or a broken file
 * would take every replica out of it).
 */
@Component("content")
class ContentHealth implements HealthIndicator {

	static final Status STALE = new Status("STALE", "the content served is not the content on disk");

	private final Snapshots snapshots;

	ContentHealth(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public Health health() {
		return snapshots.contentCurrent() ? Health.up().build() : Health.status(STALE).build();
	}

}
