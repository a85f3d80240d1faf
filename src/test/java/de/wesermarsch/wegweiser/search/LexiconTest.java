package de.wesermarsch.wegweiser.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * Questions translated through FreeDict dictionaries: read from files in FreeDict's format (written here, so the
 * test needs no installed package), an Arabic word reaches German through English, and without files nothing is
 * translated.
 */
class LexiconTest {

	static Analyzers chains;

	@BeforeAll
	static void load() {
		Content content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();
		chains = Analyzers.of(content);
	}

	@Test
	void anArabicWordReachesGermanThroughEnglish(@TempDir Path dir) throws IOException {
		write(dir, "ara-eng", Map.of("قابلة", "قابلة /qˈaːblt/\nMidwife\n", "طبيب", "طبيب /t̪ˈabiːb/\nDoctor\n"));
		write(dir, "eng-deu", Map.of("midwife", "midwife /mˈɪdwaɪf/\nHebamme <fem>, Geburtshelferin <fem> [med.]\n see: {midwives}\n",
				"doctor", "doctor /dˈɒktə/\nArzt <masc>, Doktor <masc> [ugs.]\n      \"go to the doctor\"  - zum Arzt gehen\n",
				"bank", "bank /bˈaŋk/\nBank <fem>\n"));
		CrossLanguage cross = new CrossLanguage(chains, new Lexicon(dir));
		assertThat(cross.sources()).containsExactly("ar");
		String midwife = Tokens.primary(chains.byLanguage().get("ar"), "بالقابلة").get(0);
		Map<String, java.util.List<String>> translated = cross.translate("ar", midwife);
		assertThat(translated.get("en")).containsExactly(Tokens.primary(chains.byLanguage().get("en"), "midwife").get(0));
		assertThat(translated.get("de")).contains(Tokens.primary(chains.byLanguage().get("de"), "Hebamme").get(0))
			.doesNotContain("zum", "gehen", "med");
		assertThat(cross.translate("ar", "مصرف")).isEmpty();
	}

	@Test
	void withoutDictionariesNothingIsTranslated(@TempDir Path dir) {
		CrossLanguage cross = new CrossLanguage(chains, new Lexicon(dir));
		assertThat(cross.isEmpty()).isTrue();
		assertThat(cross.translate("ar", "قابل")).isEmpty();
	}

	@Test
	void aBrokenDictionaryIsLeftOutAndTheSearchStillWorks(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("freedict-ara-eng.index"), "قابلة\tA\tZZZZ\n");
		Files.writeString(dir.resolve("freedict-ara-eng.dict.dz"), "not gzip");
		CrossLanguage cross = new CrossLanguage(chains, new Lexicon(dir));
		assertThat(cross.isEmpty()).isTrue();
	}

	@Test
	void sensesAreTheTranslationLinesWithoutMarkupNotesOrExamples() {
		assertThat(Lexicon.senses("account /ɐkˈaʊnt/\nKonto <neut>, Dossier <neut> [adm.]\n      \"keep an account\"  - Buch führen\n   Synonym: {x}\n"))
			.containsExactly("konto", "dossier");
		assertThat(Lexicon.senses("حساب /x/\n1. Arithmetic\n")).containsExactly("arithmetic");
	}

	/** A FreeDict pair: the index (headword, base64 offset, base64 length) and the gzipped dict. */
	private static void write(Path dir, String pair, Map<String, String> entries) throws IOException {
		StringBuilder index = new StringBuilder();
		Map<String, String> sorted = new LinkedHashMap<>(entries);
		try (OutputStream dict = new GZIPOutputStream(Files.newOutputStream(dir.resolve("freedict-" + pair + ".dict.dz")))) {
			long offset = 0;
			for (Map.Entry<String, String> e : sorted.entrySet()) {
				byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
				dict.write(bytes);
				index.append(e.getKey()).append('\t').append(base64(offset)).append('\t').append(base64(bytes.length)).append('\n');
				offset += bytes.length;
			}
		}
		Files.writeString(dir.resolve("freedict-" + pair + ".index"), index);
	}

	private static String base64(long n) {
		String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
		StringBuilder s = new StringBuilder();
		do {
			s.insert(0, digits.charAt((int) (n % 64)));
			n /= 64;
		}
		while (n > 0);
		return s.toString();
	}

}
