package de.wesermarsch.wegweiser.xliff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Text;

/**
 * Which texts of a language go to the translators. By default those that are missing, outdated (made from an older
 * German revision) or not reviewed by a person; with {@link Selection#all()} every text; with a date only texts of
 * entries whose German was checked or changed on or after it. The source is always the German text (and Leichte
 * Sprache for an easy variant); an easy variant is sent only where the content already has one in that language,
 * since only German has easy texts as a rule. Entries written in another language than German (an imported
 * English page, say) are not translated from a German translation of theirs and are left out.
 */
record Due(Entry entry, boolean easy, Text source, Optional<Text> current) {

	/** What to export: every text, or only due texts, optionally only of entries changed since a date. */
	record Selection(boolean everything, LocalDate since) {

		static Selection due() {
			return new Selection(false, null);
		}

		static Selection all() {
			return new Selection(true, null);
		}

		boolean takes(Entry entry, Optional<Text> current) {
			if (since != null && (entry.reviewed() == null || entry.reviewed().isBefore(since))) {
				return false;
			}
			return everything || current.isEmpty() || !current.get().reviewed()
					|| current.get().translates() != null && current.get().translates() < entry.revision();
		}

	}

	String key(String lang) {
		return easy ? lang + Entry.EASY_SUFFIX : lang;
	}

	/** The German revision the translation must follow. */
	int revision() {
		return entry.revision();
	}

	static List<Due> of(Content content, String lang, Selection selection) {
		List<Due> due = new ArrayList<>();
		for (Entry entry : content.entries().values()) {
			Optional<Text> german = entry.text("de", false);
			if (german.isEmpty() || !entry.original().equals("de")) {
				continue;
			}
			Optional<Text> current = entry.text(lang, false);
			if (selection.takes(entry, current)) {
				due.add(new Due(entry, false, german.get(), current));
			}
			Optional<Text> easyGerman = entry.text("de", true);
			Optional<Text> easyCurrent = entry.text(lang, true);
			if (easyGerman.isPresent() && easyCurrent.isPresent() && selection.takes(entry, easyCurrent)) {
				due.add(new Due(entry, true, easyGerman.get(), easyCurrent));
			}
		}
		return due;
	}

}
