package de.wesermarsch.wegweiser.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.wesermarsch.wegweiser.Fixture;

/**
 * The watcher survives what ended it before (a 50 MB file, a folder that cannot be read, a folder removed while it
 * is walked) and still loads the next good change; a content directory swapped by flipping a symbolic link
 * (git-sync) is picked up by the periodic check, without any file event. The content directory is
 * {@code live → v1} here, and the check runs every second.
 */
@SpringBootTest(properties = { "wegweiser.rate-limit.enabled=false", "wegweiser.editor-token=t",
		"wegweiser.reload.check-interval=1s", "wegweiser.reload.quiet=200ms" })
class WatcherTest {

	static final Duration WITHIN = Duration.ofSeconds(20);

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void directories(DynamicPropertyRegistry registry) throws IOException {
		Fixture.copyTo(dir.resolve("v1"));
		Files.createSymbolicLink(dir.resolve("live"), dir.resolve("v1"));
		registry.add("wegweiser.content-directory", () -> dir.resolve("live/content").toString());
		registry.add("wegweiser.i18n-directory", () -> dir.resolve("v1/i18n").toString());
		registry.add("wegweiser.reload.state-directory", () -> dir.resolve("state").toString());
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Snapshots snapshots;

	@Autowired
	ContentWatcher watcher;

	WebTestClient client;

	int step;

	@BeforeEach
	void client() {
		client = WebTestClient.bindToApplicationContext(context).configureClient().responseTimeout(Duration.ofSeconds(10)).build();
	}

	@AfterEach
	void watcherStillAlive() {
		assertThat(watcher.alive()).as("the watcher thread").isTrue();
	}

	@Test
	void aFiftyMegabyteFileIsRefusedBeforeItIsReadAndTheNextGoodChangeLoads() throws Exception {
		long failures = snapshots.reloadFailures();
		Path huge = content().resolve("pages/huge.yaml");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(50L << 20);
		}
		await(() -> snapshots.reloadFailures() > failures);
		assertThat(snapshots.lastReload().problems()).containsExactly("content/pages/huge.yaml: is 50.0 MB, more than "
				+ "the limit of 1.0 MB for one file (wegweiser.reload.max-file-size), so it was not read");
		assertThat(status().expectBody().jsonPath("$.current").isEqualTo(false)
			.jsonPath("$.reloadFailures").isEqualTo((int) snapshots.reloadFailures()));
		Files.delete(huge);
		assertNextGoodChangeIsServed();
	}

	@Test
	void foldersThatCannotBeReadAreReportedAndTheNextGoodChangeLoads() throws Exception {
		long failures = snapshots.reloadFailures();
		// Tests run as root here, where chmod 000 does not stop reading (root may read anything). A folder whose
		// walk fails all the same: a link that leads back into its own parent (a loop), and a link to a folder
		// that does not exist; the folder made unreadable by its permissions is there too, for other users.
		Path locked = content().resolve("offers/locked");
		Files.createDirectory(locked);
		Files.writeString(locked.resolve("x.yaml"), "id: x\n");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Files.createSymbolicLink(content().resolve("offers/loop"), content().resolve("offers"));
		Files.createSymbolicLink(content().resolve("networks/gone"), dir.resolve("nowhere"));
		await(() -> snapshots.reloadFailures() > failures);
		assertThat(snapshots.lastReload().problems())
			.contains("content/offers/loop: is a link that leads into a loop of folders")
			.contains("content/networks/gone: is a link to a file that does not exist");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		Files.delete(locked.resolve("x.yaml"));
		Files.delete(locked);
		Files.delete(content().resolve("offers/loop"));
		Files.delete(content().resolve("networks/gone"));
		assertNextGoodChangeIsServed();
	}

	@Test
	void foldersRemovedWhileTheyAreWalkedDoNotStopReloading() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		Path offers = content().resolve("offers");
		Thread churn = Thread.ofPlatform().start(() -> {
			for (int i = 0; running.get(); i++) {
				Path folder = offers.resolve("gone-" + i);
				try {
					Files.createDirectories(folder.resolve("deeper"));
					Files.writeString(folder.resolve("deeper/note.txt"), "x");
					Files.delete(folder.resolve("deeper/note.txt"));
					Files.delete(folder.resolve("deeper"));
					Files.delete(folder);
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		});
		// reloads (and the watcher's walks) meet folders that vanish under them: a number of reloads, not a time
		for (int i = 0; i < 40; i++) {
			snapshots.reload();
		}
		running.set(false);
		churn.join();
		assertNextGoodChangeIsServed();
	}

	@Test
	void aDirectorySwappedByFlippingASymbolicLinkIsPickedUpByTheCheck() throws Exception {
		Path next = dir.resolve("v2-" + step++);
		Fixture.copyTo(next);
		Path impressum = next.resolve("content/pages/impressum.yaml");
		Files.writeString(impressum, Files.readString(impressum).replaceAll("title: Impressum.*", "title: Impressum neu"));
		Path link = dir.resolve("live.new");
		Files.createSymbolicLink(link, next);
		Files.move(link, dir.resolve("live"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		await(() -> title().equals("Impressum neu"));
	}

	@Test
	void contentWithoutTheContactOfLastResortIsRefused() throws Exception {
		Path site = content().resolve("site.yaml");
		String before = Files.readString(site);
		Files.writeString(site, before.replace("ask-entry: koordinierungsstelle-migration-teilhabe", ""));
		try {
			Snapshots.Reload reload = snapshots.reload();
			assertThat(reload.ok()).isFalse();
			assertThat(reload.problems()).containsExactly("content/site.yaml: field 'ask-entry': missing, but the "
					+ "content served names 'koordinierungsstelle-migration-teilhabe' as the contact of last resort; the "
					+ "pages need someone to ask when nothing fits, so name an entry with contact data (or set wegweiser.ask-entry)");
			assertThat(snapshots.current().content().site().askEntry()).isEqualTo("koordinierungsstelle-migration-teilhabe");
		}
		finally {
			Files.writeString(site, before);
		}
		assertThat(snapshots.reload().ok()).isTrue();
	}

	@Test
	void editorsBackupAndSwapFilesNeitherFailNorBlockAReload() throws Exception {
		Path offers = content().resolve("offers");
		Files.writeString(offers.resolve("sprachcafe-burhave.yaml~"), "id: [broken\n");
		Files.writeString(offers.resolve(".sprachcafe-burhave.yaml.swp"), "\0\0binary");
		Files.writeString(offers.resolve("#sprachcafe-burhave.yaml#"), "id: [broken\n");
		Files.writeString(offers.resolve("notes.txt"), "not an entry");
		assertNextGoodChangeIsServed();
		assertThat(snapshots.lastReload().ok()).isTrue();
		for (String name : new String[] { "sprachcafe-burhave.yaml~", ".sprachcafe-burhave.yaml.swp",
				"#sprachcafe-burhave.yaml#", "notes.txt" }) {
			Files.delete(offers.resolve(name));
		}
	}

	/** A good edit of the impressum is served within the time, and the status says the content is current. */
	private void assertNextGoodChangeIsServed() throws Exception {
		String title = "Impressum " + System.nanoTime();
		Path impressum = content().resolve("pages/impressum.yaml");
		Files.writeString(impressum, Files.readString(impressum).replaceAll("title: Impressum.*", "title: " + title));
		await(() -> title().equals(title));
		await(snapshots::contentCurrent);
		status().expectBody().jsonPath("$.current").isEqualTo(true).jsonPath("$.lastReload.ok").isEqualTo(true)
			.jsonPath("$.lastCheck").isNotEmpty();
	}

	private Path content() throws IOException {
		return dir.resolve("live/content").toRealPath();
	}

	private String title() {
		return client.get().uri("/api/v1/entries/impressum").exchange().expectBody(EntryTitle.class).returnResult()
			.getResponseBody().title();
	}

	record EntryTitle(String title) {
	}

	private WebTestClient.ResponseSpec status() {
		return client.get().uri("/api/v1/status").header(HttpHeaders.AUTHORIZATION, "Bearer t").exchange();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition met within %s", WITHIN).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
