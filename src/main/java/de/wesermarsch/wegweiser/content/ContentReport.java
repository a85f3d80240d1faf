package de.wesermarsch.wegweiser.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.wesermarsch.wegweiser.i18n.Language;

/**
 * What editors need to know about the content: how much there is of each kind and language (and who made the
 * texts of each language, how many a person reviewed), which translations
 * are missing or outdated, where easy German breaks its rules, which contact data do not stand in the source
 * an entry names, and per entry the facts a newcomer would need and the entry lacks ({@link LackingFacts}).
 * {@link #markdown()} is what the report command prints.
 */
public record ContentReport(String version, Map<String, Integer> perKind, Map<String, TextCounts> perLanguage,
		List<String> missing, List<String> outdated, List<String> easyFindings, List<String> unsourced,
		Map<String, List<String>> lacking) {

	public static ContentReport of(Content content, SourceTexts sources) {
		Map<String, Integer> perKind = new TreeMap<>();
		Map<String, TextCounts> perLanguage = new TreeMap<>();
		List<String> missing = new ArrayList<>();
		List<String> outdated = new ArrayList<>();
		List<String> easy = new ArrayList<>();
		List<String> unsourced = new ArrayList<>();
		Map<String, List<String>> lacking = new TreeMap<>();
		for (Entry entry : content.entries().values()) {
			List<String> lacks = LackingFacts.of(entry);
			if (!lacks.isEmpty()) {
				lacking.put(entry.id(), lacks);
			}
			perKind.merge(entry.type().id(), 1, Integer::sum);
			entry.texts().forEach((k, text) -> perLanguage.put(k, perLanguage.getOrDefault(k, TextCounts.NONE).with(text)));
			for (String key : required(entry, content.languages())) {
				Text text = entry.texts().get(key);
				boolean needsBody = entry.type() != EntryType.MEASURE || key.equals(entry.original());
				if (text == null || text.summary().isBlank() || (needsBody && text.body().isBlank())) {
					missing.add(entry.id() + " [" + key + "]" + (text == null ? "" : " incomplete"));
				}
				else if (entry.outdated(key)) {
					outdated.add(entry.id() + " [" + key + "] translates revision " + text.translates() + " of "
							+ entry.revision());
				}
			}
			entry.text("de", true).ifPresent(text -> {
				for (String part : List.of(text.title(), text.summary(), text.body())) {
					EasyLanguageRules.check(part).forEach(f -> easy.add(entry.id() + ": " + f.rule() + ": " + f.sentence()));
				}
			});
			sources.unsourced(entry).forEach(u -> unsourced.add(entry.id() + ": " + u));
		}
		return new ContentReport(content.version(), perKind, perLanguage, missing, outdated, easy, unsourced, lacking);
	}

	/** The texts an entry must have: all languages the site offers; easy German too, except for measures. */
	static List<String> required(Entry entry, List<Language> languages) {
		List<String> keys = new ArrayList<>(languages.stream().map(Language::code).toList());
		if (entry.type() != EntryType.MEASURE && keys.contains("de")) {
			keys.add(Entry.key("de", true));
		}
		return keys;
	}

	public String markdown() {
		StringBuilder out = new StringBuilder("# Content report\n\nContent version `" + version + "`.\n\n");
		out.append("## Entries per kind\n\n");
		perKind.forEach((k, n) -> out.append("- ").append(k).append(": ").append(n).append('\n'));
		out.append("\n## Texts per language, by who made them\n\n");
		out.append("| language | texts | from the source | by a person | machine-assisted | reviewed by a person |\n");
		out.append("|---|---|---|---|---|---|\n");
		perLanguage.forEach((k, n) -> out.append(String.format("| %s | %d | %d | %d | %d | %d |%n", k, n.texts(), n.source(),
				n.human(), n.machine(), n.reviewed())));
		section(out, "Missing or incomplete translations", missing);
		section(out, "Outdated translations", outdated);
		section(out, "Easy German: findings", easyFindings);
		section(out, "Contact data not found in the named source", unsourced);
		out.append("\n## What a newcomer would need and the entry lacks (").append(lacking.size()).append(" entries)\n\n")
			.append("Offers and guide pages without a phone or e-mail, an address, hours or a way to book or sign up; ")
			.append("networks without a convener to contact. Fill in what the offer's own source or official page says.\n\n");
		lacking.forEach((entry, lacks) -> out.append("- ").append(entry).append(": ").append(String.join(", ", lacks)).append('\n'));
		return out.toString();
	}

	private static void section(StringBuilder out, String title, List<String> lines) {
		out.append("\n## ").append(title).append(" (").append(lines.size()).append(")\n\n");
		lines.forEach(l -> out.append("- ").append(l).append('\n'));
	}

}
