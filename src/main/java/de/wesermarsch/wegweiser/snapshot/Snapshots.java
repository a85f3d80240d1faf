package de.wesermarsch.wegweiser.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.content.ContentException;
import de.wesermarsch.wegweiser.content.ContentLoader;

/**
 * Holds the snapshot being served and replaces it when the content changes. A new snapshot is built completely
 * (validated content and its index) before it is swapped in with one atomic write; a request that already took
 * the old one finishes with it. Content that does not load never replaces good content: the old snapshot stays,
 * and the problems are kept for the status endpoint and logged. At start, content that does not load stops the
 * service.
 */
@Component
public class Snapshots {

	private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

	private final ContentLoader loader;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private volatile Reload lastReload;

	private final java.util.List<java.util.function.Consumer<Snapshot>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final java.util.concurrent.atomic.AtomicLong reloadFailures = new java.util.concurrent.atomic.AtomicLong();

	/** The outcome of the last attempt to load changed content. */
	public record Reload(Instant at, boolean ok, String version, List<String> problems) {
	}

	public Snapshots(WegweiserProperties properties) {
		this.loader = new ContentLoader(properties.contentDirectory(), properties.i18nDirectory(), properties.askEntry());
		long start = System.nanoTime();
		Snapshot snapshot = Snapshot.of(loader.load());
		current.set(snapshot);
		lastReload = new Reload(snapshot.builtAt(), true, snapshot.version(), List.of());
		log.info("Content {} loaded: {} entries, index built in {} ms", snapshot.version(),
				snapshot.content().entries().size(), (System.nanoTime() - start) / 1_000_000);
	}

	public Snapshot current() {
		return current.get();
	}

	/** Calls the listener with the current snapshot now and with every one swapped in later. */
	public void onSwap(java.util.function.Consumer<Snapshot> listener) {
		listeners.add(listener);
		listener.accept(current.get());
	}

	/** How many reloads failed since start. */
	public long reloadFailures() {
		return reloadFailures.get();
	}

	public Reload lastReload() {
		return lastReload;
	}

	/** Loads the content again; swaps it in if it loads and differs. Never throws for bad content. */
	public synchronized Reload reload() {
		long start = System.nanoTime();
		try {
			var content = loader.load();
			if (content.version().equals(current.get().version())) {
				lastReload = new Reload(Instant.now(), true, content.version(), List.of());
				return lastReload;
			}
			Snapshot snapshot = Snapshot.of(content);
			current.set(snapshot);
			listeners.forEach(l -> l.accept(snapshot));
			lastReload = new Reload(snapshot.builtAt(), true, snapshot.version(), List.of());
			log.info("Content {} loaded: {} entries, in {} ms", snapshot.version(), content.entries().size(),
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (ContentException e) {
			reloadFailures.incrementAndGet();
			lastReload = new Reload(Instant.now(), false, current.get().version(), e.problems());
			log.warn("Changed content not loaded, still serving {}: {}", current.get().version(), e.getMessage());
		}
		catch (RuntimeException e) {
			reloadFailures.incrementAndGet();
			lastReload = new Reload(Instant.now(), false, current.get().version(),
					List.of("the content could not be read: " + e));
			log.warn("Changed content not loaded, still serving {}", current.get().version(), e);
		}
		return lastReload;
	}

}
