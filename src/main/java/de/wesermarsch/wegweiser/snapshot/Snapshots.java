package de.wesermarsch.wegweiser.snapshot;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.content.ContentLoader;

/**
 * Holds the snapshot being served. It is built from the configured directories at start; a failure there stops
 * the start with every content problem in the log.
 */
@Component
public class Snapshots {

	private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	public Snapshots(WegweiserProperties properties) {
		long start = System.nanoTime();
		Snapshot snapshot = Snapshot.of(new ContentLoader(properties.contentDirectory(), properties.i18nDirectory()).load());
		current.set(snapshot);
		log.info("Content {} loaded: {} entries, index built in {} ms", snapshot.version(),
				snapshot.content().entries().size(), (System.nanoTime() - start) / 1_000_000);
	}

	public Snapshot current() {
		return current.get();
	}

}
