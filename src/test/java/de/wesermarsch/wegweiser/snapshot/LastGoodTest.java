package de.wesermarsch.wegweiser.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of the last good content: one copy at a time, named by the pointer, never a name that leaves it. */
class LastGoodTest {

	@TempDir
	Path dir;

	@Test
	void aNewerCopyReplacesTheOlderOne() throws IOException {
		LastGood kept = new LastGood(dir);
		assertThat(kept.version()).isEmpty();
		kept.keep("v1", Map.of("content/site.yaml", bytes("name: A")));
		kept.keep("v2", Map.of("content/site.yaml", bytes("name: B")));
		assertThat(kept.version()).contains("v2");
		assertThat(Files.readString(dir.resolve("last-good-v2/content/site.yaml"))).isEqualTo("name: B");
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("last-good", "last-good-v2");
		}
	}

	@Test
	void aFileNameThatLeavesTheDirectoryIsRefused() {
		LastGood kept = new LastGood(dir);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.keep("v1", Map.of("content/../../x", bytes("x"))))
			.isInstanceOf(IOException.class);
		assertThat(kept.version()).isEmpty();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
