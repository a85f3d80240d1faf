package de.wesermarsch.wegweiser.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;

/** Every language has every UI text of German, no more, and its patterns take the same arguments. */
class MessagesInSyncTest {

	static final Content content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();

	@Test
	void everyLanguageHasExactlyTheGermanKeys() {
		Map<String, Map<String, String>> all = content.messages().byLanguage();
		var german = all.get("de").keySet();
		for (String lang : content.languageCodes()) {
			assertThat(all).as("messages_%s.properties", lang).containsKey(lang);
			assertThat(all.get(lang).keySet()).as("keys of messages_%s.properties", lang).isEqualTo(german);
		}
	}

	@Test
	void placeholdersAreTheGermanOnes() {
		Map<String, Map<String, String>> all = content.messages().byLanguage();
		all.get("de").forEach((key, pattern) -> {
			var expected = placeholders(pattern);
			for (String lang : content.languageCodes()) {
				assertThat(placeholders(all.get(lang).get(key))).as("%s in %s", key, lang).isEqualTo(expected);
			}
		});
	}

	@Test
	void pluralsFollowEachLanguagesRules() {
		for (String lang : content.languageCodes()) {
			// in the language's own digits: ۳ in Farsi, ٣ in Sorani
			var digits = com.ibm.icu.text.NumberFormat.getInstance(com.ibm.icu.util.ULocale.forLanguageTag(lang));
			assertThat(content.messages().format(lang, "results.count", Map.of("count", 3))).as(lang).contains(digits.format(3));
			assertThat(content.messages().format(lang, "results.count", Map.of("count", 21))).as(lang).contains(digits.format(21));
		}
		assertThat(content.messages().format("de", "results.count", Map.of("count", 1))).isEqualTo("1 Ergebnis");
		assertThat(content.messages().format("de", "results.count", Map.of("count", 2))).isEqualTo("2 Ergebnisse");
	}

	/** The argument names of an ICU pattern, read with ICU's own parser. */
	private static java.util.Set<String> placeholders(String pattern) {
		java.util.Set<String> names = new java.util.TreeSet<>();
		var parsed = new com.ibm.icu.text.MessagePattern(pattern);
		for (int i = 0; i < parsed.countParts(); i++) {
			if (parsed.getPartType(i) == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NAME) {
				names.add(parsed.getSubstring(parsed.getPart(i)));
			}
		}
		return names;
	}

}
