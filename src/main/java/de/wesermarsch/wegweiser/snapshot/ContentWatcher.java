package de.wesermarsch.wegweiser.snapshot;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.content.ContentNames;

/**
 * Notices changed content and has it reloaded, on one daemon thread, so reloads never overlap and never run on
 * a request thread. File events wake it at once; without any, it looks at the files every
 * {@code wegweiser.reload.check-interval} ({@link ContentStamp}), which also sees a directory swapped as a whole
 * (file events of the old directory say nothing about the new one). A change is loaded once the files have stood
 * still for {@code wegweiser.reload.quiet}: editors and tools write several files, and files in several steps.
 * Nothing ends the thread but {@link #stop()}: any failure, even an {@link Error}, is counted and shown as a
 * failed reload, and watching starts again (measured before: one {@code OutOfMemoryError} or vanished folder
 * ended all reloading for good, silently).
 */
@Component
class ContentWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	private final Snapshots snapshots;

	private final WegweiserProperties properties;

	private final long quietMs;

	private final long checkMs;

	private volatile boolean running;

	private volatile Thread thread;

	private WatchService events;

	/** Whether the system gave no watch service, so that only the periodic check looks (until a restart). */
	private boolean polling;

	/** The stamp of the files the last reload read (or tried to), so a broken file is tried once, not every check. */
	private String attempted;

	ContentWatcher(Snapshots snapshots, WegweiserProperties properties) {
		this.snapshots = snapshots;
		this.properties = properties;
		this.quietMs = properties.reload().quiet().toMillis();
		this.checkMs = properties.reload().checkInterval().toMillis();
	}

	@Override
	public synchronized void start() {
		if (!properties.watch() || running) {
			return;
		}
		running = true;
		attempted = snapshots.startStamp();
		thread = Thread.ofPlatform().daemon().name("content-watcher").start(this::run);
	}

	private void run() {
		while (running) {
			try {
				watch();
			}
			catch (InterruptedException e) {
				break;
			}
			catch (Throwable e) {
				if (!running) {
					break;
				}
				snapshots.failed(e);
				close();
				polling = false;
				try {
					Thread.sleep(Math.max(quietMs, 100));
				}
				catch (InterruptedException again) {
					break;
				}
			}
		}
		close();
	}

	/** Waits for events or the check interval, and reloads what changed; returns only by an exception. */
	private void watch() throws Exception {
		while (running) {
			boolean changed;
			if (events == null && !polling) {
				// (re)opened: look at once, so that a change made while no service watched is not left to the check
				events = open();
				polling = events == null;
				changed = false;
			}
			else {
				changed = events != null ? waitForEvents(checkMs) : sleep(checkMs);
			}
			snapshots.checked();
			String stamp = snapshots.stamp();
			if (!changed && stamp.equals(attempted)) {
				continue;
			}
			stamp = settle(stamp);
			attempted = stamp;
			snapshots.reload();
			close(); // watch again from scratch: new folders, or a swapped directory's new folders
		}
	}

	/** Waits until the files have not changed for the quiet period; the stamp of that state. */
	private String settle(String stamp) throws Exception {
		while (true) {
			while (events != null ? waitForEvents(quietMs) : sleep(quietMs)) {
				// more events: wait for a quiet moment
			}
			snapshots.checked();
			String now = snapshots.stamp();
			if (now.equals(stamp)) {
				return now;
			}
			stamp = now;
		}
	}

	/** Whether any event came within {@code ms} (all that came are taken). */
	private boolean waitForEvents(long ms) throws InterruptedException {
		WatchKey key = events.poll(ms, TimeUnit.MILLISECONDS);
		boolean changed = false;
		for (; key != null; key = events.poll()) {
			changed |= !key.pollEvents().isEmpty();
			key.reset();
		}
		return changed;
	}

	private static boolean sleep(long ms) throws InterruptedException {
		Thread.sleep(ms);
		return false;
	}

	/** A watch service on every folder of both directories, or null where the system cannot give one. */
	private WatchService open() {
		WatchService service = null;
		try {
			service = FileSystems.getDefault().newWatchService();
			register(service, properties.contentDirectory());
			register(service, properties.i18nDirectory());
			return service;
		}
		catch (IOException | RuntimeException e) {
			log.debug("No file events for the content ({}); checking every {}", e.getClass().getSimpleName(),
					Duration.ofMillis(checkMs));
			if (service != null) {
				try {
					service.close();
				}
				catch (IOException ignored) {
					// closing anyway
				}
			}
			return null;
		}
	}

	/** Registers every folder it can; one that vanishes or cannot be read is skipped (the check still sees it). */
	private static void register(WatchService service, Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		Files.walkFileTree(root.toRealPath(), EnumSet.of(FileVisitOption.FOLLOW_LINKS), 16, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				if (ContentNames.ignored(dir.getFileName().toString()) && !dir.equals(root.toRealPath())) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private void close() {
		WatchService service = events;
		events = null;
		if (service != null) {
			try {
				service.close();
			}
			catch (IOException e) {
				// closing anyway
			}
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		Thread watcher = thread;
		if (watcher != null) {
			watcher.interrupt();
			try {
				watcher.join(2000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether the thread that watches is alive (for tests and the status). */
	boolean alive() {
		Thread watcher = thread;
		return watcher != null && watcher.isAlive();
	}

}
