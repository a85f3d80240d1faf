package de.wesermarsch.wegweiser.snapshot;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Metrics of the content: the version served (as a label of a gauge that is 1), its age, its number of entries,
 * and how many reloads failed.
 */
@Component
class SnapshotMetrics {

	SnapshotMetrics(Snapshots snapshots, MeterRegistry registry) {
		Gauge.builder("wegweiser.snapshot.age", snapshots,
				s -> Duration.between(s.current().builtAt(), Instant.now()).toMillis() / 1000.0)
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("wegweiser.snapshot.entries", snapshots, s -> s.current().content().entries().size())
			.register(registry);
		FunctionCounter.builder("wegweiser.reload.failures", snapshots, Snapshots::reloadFailures).register(registry);
		MultiGauge info = MultiGauge.builder("wegweiser.snapshot.info").register(registry);
		snapshots.onSwap(s -> info.register(java.util.List.of(MultiGauge.Row.of(Tags.of("version", s.version()), 1)), true));
	}

}
