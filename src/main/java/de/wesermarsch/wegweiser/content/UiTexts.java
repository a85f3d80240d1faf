package de.wesermarsch.wegweiser.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.ibm.icu.text.MessageFormat;

import de.wesermarsch.wegweiser.i18n.Messages;

/**
 * The language files beside the content: UI texts {@code i18n/messages_<code>.properties}, the parts of compound
 * words {@code i18n/<code>-compound-parts.txt} and the words without a topic {@code i18n/<code>-stop-words.txt}. UI texts are shared by every site, so a text that names the site or
 * its region says {@code {site}} or {@code {region}}, filled in here from {@code site.yaml} in each language.
 */
final class UiTexts {

	private UiTexts() {
	}

	/**
	 * UI texts (UTF-8) of the offered languages; German is required, every pattern must parse. An optional
	 * {@code messages_<code>-easy.properties} holds the texts of that language's easy variant (Leichte Sprache for
	 * German) that differ from the standard ones; a key it has must be one of the standard file's.
	 */
	static Messages messages(Map<String, byte[]> files, List<String> codes, Site site, Problems problems) {
		Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
		Map<String, Map<String, String>> easy = new LinkedHashMap<>();
		for (String code : codes) {
			String file = "i18n/messages_" + code + ".properties";
			if (files.get(file) == null) {
				if (code.equals("de")) {
					problems.add(file, null, null, "missing: the German UI texts are required");
				}
				continue;
			}
			read(file, files.get(file), code, site, problems).ifPresent(texts -> byLanguage.put(code, texts));
			String easyFile = "i18n/messages_" + code + "-easy.properties";
			if (files.get(easyFile) != null && byLanguage.containsKey(code)) {
				read(easyFile, files.get(easyFile), code, site, problems).ifPresent(texts -> {
					texts.keySet().stream().filter(key -> !byLanguage.get(code).containsKey(key))
						.forEach(key -> problems.add(easyFile, null, key, "is not a key of messages_" + code + ".properties"));
					easy.put(code, texts);
				});
			}
		}
		return new Messages(byLanguage, easy);
	}

	private static java.util.Optional<Map<String, String>> read(String file, byte[] bytes, String code, Site site,
			Problems problems) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
		}
		catch (IOException | IllegalArgumentException e) {
			problems.add(file, null, null, "is not a properties file: " + e.getMessage());
			return java.util.Optional.empty();
		}
		Map<String, String> texts = new TreeMap<>();
		properties.forEach((key, value) -> {
			String pattern = value.toString().replace("{site}", literal(site.name(code)))
				.replace("{region}", literal(site.region(code)));
			try {
				new MessageFormat(pattern);
				texts.put(key.toString(), pattern);
			}
			catch (IllegalArgumentException e) {
				problems.add(file, null, key.toString(), "is not an ICU message pattern: " + e.getMessage());
			}
		});
		return java.util.Optional.of(texts);
	}

	/** A name as literal text of an ICU pattern: braces quoted. */
	private static String literal(String name) {
		return name.replace("{", "'{'").replace("}", "'}'");
	}

	/**
	 * Word lists {@code i18n/<code>-<kind>.txt} ({@code compound-parts}, {@code stop-words}): one word a line,
	 * {@code #} starts a comment.
	 */
	static Map<String, List<String>> wordLists(Map<String, byte[]> files, List<String> codes, String kind) {
		Map<String, List<String>> words = new LinkedHashMap<>();
		for (String code : codes) {
			byte[] bytes = files.get("i18n/" + code + "-" + kind + ".txt");
			if (bytes != null) {
				words.put(code, new String(bytes, StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.toList());
			}
		}
		return words;
	}

}
