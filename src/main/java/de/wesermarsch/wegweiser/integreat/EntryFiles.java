package de.wesermarsch.wegweiser.integreat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Contact;

/**
 * The files of the content model for the region's guide: one {@code guides/<id>.yaml} per guide page, with a
 * text per language (provenance {@code source}: the words are the region's, as published; a translation
 * translates revision 1), and for each page of each language a web document in {@code sources.yaml}: its
 * address, the day it was read (the import's), the day Integreat says it was last updated, and the lines of its
 * own words that hold contact data as the excerpt the facts check reads.
 */
final class EntryFiles {

	static final String SOURCES_BEGIN = "# --- import-integreat: the pages of the region (rewritten by every import) ---";

	static final String SOURCES_END = "# --- import-integreat: end ---";

	private EntryFiles() {
	}

	/** The entry file of a guide page, with what its HTML became per language. */
	static String entry(Guide guide, Map<String, PageHtml.Result> html) {
		Yaml yaml = new Yaml().comment("Imported from Integreat: " + guide.originalPage().url())
			.comment("import-integreat rewrites this file; change the page in Integreat, or remove this line and the id's prefix to keep it.")
			.field(0, "id", guide.id())
			.field(0, "original", guide.original())
			.key(0, "source");
		guide.pages().values().forEach(p -> yaml.item(1, "document", sourceId(p)));
		if (guide.parent() != null) {
			yaml.field(0, "parent", guide.parent());
		}
		yaml.number(0, "order", guide.order());
		Contact contact = html.get(guide.original()).contact();
		if (contact != null) {
			yaml.key(0, "contact").field(1, "phone", contact.phone()).field(1, "email", contact.email())
				.field(1, "address", contact.address()).field(1, "web", contact.web()).field(1, "hours", contact.hours());
		}
		yaml.key(0, "texts");
		guide.pages().forEach((lang, page) -> {
			yaml.key(1, lang).field(2, "title", page.title()).field(2, "provenance", "source");
			if (!lang.equals(guide.original())) {
				yaml.number(2, "translates", 1);
			}
			yaml.text(2, "body", html.get(lang).body()).text(2, "html", html.get(lang).html());
		});
		return yaml.toString();
	}

	/** The block of {@code sources.yaml} that names every imported page. */
	static String sources(List<Guide> guides, String publisher, LocalDate read) {
		Yaml yaml = new Yaml();
		for (Guide guide : guides) {
			for (Page page : guide.pages().values()) {
				String excerpt = excerpt(page);
				yaml.item(0, "id", sourceId(page)).field(1, "title", page.title()).field(1, "publisher", publisher)
					.field(1, "url", page.url()).field(1, "read", read.toString())
					.field(1, "updated", page.lastUpdated().toString())
					.text(1, "excerpt", excerpt.isEmpty() ? page.title() : excerpt);
			}
		}
		return SOURCES_BEGIN + "\n" + yaml + SOURCES_END + "\n";
	}

	/**
	 * The page's own words that the facts check reads: the lines of its plain text (Integreat's {@code excerpt})
	 * that hold contact data (a digit, an e-mail, a web address), so a phone or address an entry gives is found in
	 * its source; the whole text would double the size of the content for nothing the check reads.
	 */
	static String excerpt(Page page) {
		String text = org.jsoup.parser.Parser.unescapeEntities(page.excerpt(), false).replace('\u00a0', ' ');
		return text.lines().map(String::strip).filter(l -> l.matches(".*(\\d|@|www\\.|https?://).*"))
			.collect(java.util.stream.Collectors.joining("\n"));
	}

	/** {@code sources.yaml} with the import's block replaced (or added), and whatever else it lists kept. */
	static String mergeSources(String existing, String block) {
		if (existing == null || existing.isBlank() || existing.strip().equals("[]")) {
			return block;
		}
		int begin = existing.indexOf(SOURCES_BEGIN);
		int end = existing.indexOf(SOURCES_END);
		if (begin >= 0 && end > begin) {
			return existing.substring(0, begin) + block + existing.substring(end + SOURCES_END.length()).replaceFirst("^\n", "");
		}
		return existing + (existing.endsWith("\n") ? "" : "\n") + block;
	}

	/** {@code site.yaml} for a region that has none yet: its name and region, and the languages it has. */
	static String site(String name, String region, List<String> languages) {
		return new Yaml().comment("Written by import-integreat once; edit freely, a re-import keeps this file.")
			.field(0, "name", name).field(0, "region", region) + "languages: [" + String.join(", ", languages) + "]\n";
	}

	static String sourceId(Page page) {
		return Guide.PREFIX + page.lang() + "-" + page.id();
	}

}
