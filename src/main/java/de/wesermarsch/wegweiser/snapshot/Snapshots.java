package de.wesermarsch.wegweiser.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentException;
import de.wesermarsch.wegweiser.content.ContentLoader;

/**
 * Holds the snapshot being served and replaces it when the content changes. A new snapshot is built completely
 * (validated content and its index) before it is swapped in with one atomic write; a request that already took
 * the old one finishes with it. Content that does not load never replaces good content: the old snapshot stays,
 * the failure is counted, kept for the status endpoint and logged in one line (never the content's text).
 * Whatever goes wrong, {@link #reload()} returns. Each content that loads is kept on disk ({@link LastGood});
 * at start, content that does not load is replaced by that copy, and only without one does the service not start.
 */
@Component
public class Snapshots {

	private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

	private final ContentLoader loader;

	private final LastGood lastGood;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();

	private final AtomicLong reloadFailures = new AtomicLong();

	private final String startStamp;

	private final WegweiserProperties properties;

	private volatile Reload lastReload;

	private volatile boolean fromLastGood;

	private volatile String keptProblem;

	private volatile Instant lastCheck;

	/** The outcome of the last attempt to load changed content. */
	public record Reload(Instant at, boolean ok, String version, List<String> problems) {
	}

	public Snapshots(WegweiserProperties properties) {
		this.properties = properties;
		var reload = properties.reload();
		this.loader = new ContentLoader(properties.contentDirectory(), properties.i18nDirectory(), properties.askEntry(),
				reload.bounds());
		this.lastGood = new LastGood(reload.stateDirectory());
		this.startStamp = stamp();
		long start = System.nanoTime();
		ContentLoader.Loaded loaded;
		try {
			loaded = loader.loadWithFiles();
			refuseWithoutAskEntry(loaded.content(), lastGoodAskEntry(loaded.content()));
		}
		catch (Throwable e) {
			List<String> problems = problems(e);
			var kept = lastGood.loader(properties.askEntry(), reload.bounds());
			if (kept.isEmpty()) {
				throw e instanceof ContentException c ? c : new ContentException(problems);
			}
			Snapshot snapshot;
			try {
				snapshot = Snapshot.of(kept.get().load());
			}
			catch (RuntimeException again) {
				throw new ContentException(java.util.stream.Stream.concat(problems.stream(), java.util.stream.Stream.of(
						"the last good content kept in " + lastGood.directory() + " does not load either")).toList());
			}
			current.set(snapshot);
			fromLastGood = true;
			fail(problems);
			log.warn("The content in {} does not load; serving the last good content {} kept in {}",
					properties.contentDirectory(), snapshot.version(), lastGood.directory());
			return;
		}
		Snapshot snapshot = Snapshot.of(loaded.content());
		current.set(snapshot);
		lastReload = new Reload(snapshot.builtAt(), true, snapshot.version(), List.of());
		keep(loaded);
		log.info("Content {} loaded: {} entries, index built in {} ms", snapshot.version(),
				snapshot.content().entries().size(), (System.nanoTime() - start) / 1_000_000);
	}

	public Snapshot current() {
		return current.get();
	}

	/** Calls the listener with the current snapshot now and with every one swapped in later. */
	public void onSwap(Consumer<Snapshot> listener) {
		listeners.add(listener);
		listener.accept(current.get());
	}

	/** How many reloads failed since start (including the start, when it fell back to the last good content). */
	public long reloadFailures() {
		return reloadFailures.get();
	}

	public Reload lastReload() {
		return lastReload;
	}

	/** Whether what is served is the content on disk: the last load worked and did not come from the copy. */
	public boolean contentCurrent() {
		return lastReload.ok() && !fromLastGood;
	}

	/** Whether the content served came from the last good copy because the content directory did not load. */
	public boolean servingLastGood() {
		return fromLastGood;
	}

	/** Why the last good content could not be kept on disk, or null. */
	public String keptProblem() {
		return keptProblem;
	}

	/** When the watcher last looked at the files (null before the first look). */
	public Instant lastCheck() {
		return lastCheck;
	}

	void checked() {
		lastCheck = Instant.now();
	}

	/** The stamp of the files on disk when the content was first loaded. */
	String startStamp() {
		return startStamp;
	}

	String stamp() {
		return ContentStamp.of(properties.contentDirectory(), properties.i18nDirectory());
	}

	/** Loads the content again; swaps it in if it loads and differs. Never throws. */
	public synchronized Reload reload() {
		long start = System.nanoTime();
		try {
			ContentLoader.Loaded loaded = loader.loadWithFiles();
			Content content = loaded.content();
			refuseWithoutAskEntry(content, current.get().content().site().askEntry());
			if (!content.version().equals(current.get().version())) {
				Snapshot snapshot = Snapshot.of(content);
				current.set(snapshot);
				listeners.forEach(l -> l.accept(snapshot));
				log.info("Content {} loaded: {} entries, in {} ms", snapshot.version(), content.entries().size(),
						(System.nanoTime() - start) / 1_000_000);
			}
			fromLastGood = false;
			lastReload = new Reload(Instant.now(), true, content.version(), List.of());
			keep(loaded);
		}
		catch (Throwable e) {
			fail(problems(e));
		}
		return lastReload;
	}

	/** Records a failure outside a load (the watcher's own), so that it is counted and shown like one. */
	void failed(Throwable e) {
		fail(problems(e));
	}

	private void fail(List<String> problems) {
		reloadFailures.incrementAndGet();
		lastReload = new Reload(Instant.now(), false, current.get().version(), problems);
		String first = problems.isEmpty() ? "" : problems.getFirst();
		int colon = first.indexOf(": ");
		log.warn("Changed content not loaded, still serving {}: {} problem(s), the first in {}; all in /api/v1/status",
				current.get().version(), problems.size(), colon < 0 ? "the content" : first.substring(0, colon));
	}

	/** Content that drops the contact of last resort the served content has is refused. */
	private static void refuseWithoutAskEntry(Content next, String served) {
		if (served != null && next.site().askEntry() == null) {
			throw new ContentException(List.of("content/site.yaml: field 'ask-entry': missing, but the content served "
					+ "names '" + served + "' as the contact of last resort; the pages need someone to ask when nothing "
					+ "fits, so name an entry with contact data (or set wegweiser.ask-entry)"));
		}
	}

	private String lastGoodAskEntry(Content content) {
		if (content.site().askEntry() != null) {
			return null;
		}
		return lastGood.loader(properties.askEntry(), properties.reload().bounds()).map(l -> {
			try {
				return l.load().site().askEntry();
			}
			catch (RuntimeException e) {
				return null;
			}
		}).orElse(null);
	}

	private void keep(ContentLoader.Loaded loaded) {
		try {
			lastGood.keep(loaded.content().version(), loaded.files());
			keptProblem = null;
		}
		catch (IOException | RuntimeException e) {
			keptProblem = "the last good content could not be kept in " + lastGood.directory() + " ("
					+ e.getClass().getSimpleName() + "); after a restart with broken content the service would not start";
			log.warn("The last good content could not be kept in {} ({})", lastGood.directory(),
					e.getClass().getSimpleName());
		}
	}

	/** What went wrong, as sentences for editors (never a stack trace). */
	static List<String> problems(Throwable e) {
		return switch (e) {
			case ContentException c -> c.problems();
			case OutOfMemoryError o -> List.of("the content did not fit in memory while it was loaded (OutOfMemoryError); "
					+ "look for a very large file");
			case UncheckedIOException u -> List.of("the content could not be read: " + u.getCause().getClass().getSimpleName()
					+ (u.getCause() instanceof java.nio.file.FileSystemException f && f.getFile() != null ? " " + f.getFile() : ""));
			default -> List.of("the content could not be loaded (" + e.getClass().getSimpleName() + ")");
		};
	}

}
