package de.wesermarsch.wegweiser.snapshot;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.WegweiserProperties;

/**
 * Watches the content and i18n directories and reloads the snapshot when files change. Editors save several
 * files in a row, so a reload waits until nothing has changed for {@link #QUIET_MS} ms. Runs on one daemon
 * thread, so reloads never overlap and never run on a request thread.
 */
@Component
class ContentWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	static final long QUIET_MS = 300;

	private final Snapshots snapshots;

	private final WegweiserProperties properties;

	private volatile WatchService watcher;

	private Thread thread;

	ContentWatcher(Snapshots snapshots, WegweiserProperties properties) {
		this.snapshots = snapshots;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (!properties.watch()) {
			return;
		}
		try {
			watcher = FileSystems.getDefault().newWatchService();
			register(properties.contentDirectory());
			register(properties.i18nDirectory());
		}
		catch (IOException e) {
			log.warn("Content changes will not be loaded while running: the directories cannot be watched", e);
			return;
		}
		thread = Thread.ofPlatform().daemon().name("content-watcher").start(this::run);
	}

	private void register(Path root) throws IOException {
		try (Stream<Path> dirs = Files.walk(root)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
			}
		}
	}

	private void run() {
		try {
			while (true) {
				var key = watcher.take();
				boolean changed = drain(key);
				// wait for a quiet moment: editors and tools write several files, and files in several steps
				for (var next = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS); next != null;
						next = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) {
					changed |= drain(next);
				}
				if (changed) {
					register(properties.contentDirectory());
					register(properties.i18nDirectory());
					snapshots.reload();
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			log.warn("Stopped watching the content directories", e);
		}
	}

	private static boolean drain(java.nio.file.WatchKey key) {
		boolean changed = !key.pollEvents().isEmpty();
		key.reset();
		return changed;
	}

	@Override
	public synchronized void stop() {
		if (watcher != null) {
			try {
				watcher.close();
			}
			catch (IOException e) {
				// closing anyway
			}
			watcher = null;
		}
	}

	@Override
	public boolean isRunning() {
		return watcher != null;
	}

}
