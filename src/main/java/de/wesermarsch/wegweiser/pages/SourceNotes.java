package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Provenance;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.content.Text;
import de.wesermarsch.wegweiser.i18n.Messages;

/**
 * What an entry's page says of where its facts and its text come from: the documents it cites (a web page with
 * the day it was read), what its date means, and how its text in the reader's language was made.
 */
final class SourceNotes {

	private SourceNotes() {
	}

	/**
	 * What the date of an entry means: the day its text was compared with its sources, said with the document it
	 * stands on ("as of the Integrationskonzept 2024, compared on …"), not as a promise that it is current.
	 */
	static String reviewed(Entry entry, Content content, PageLocale locale) {
		String date = longDate(entry.reviewed(), locale);
		var main = entry.source().map(ref -> content.sources().get(ref.document())).orElse(null);
		if (main == null || main.web()) {
			return content.messages().format(locale.lang(), locale.easy(), "entry.reviewedWeb", Map.of("date", date));
		}
		return content.messages().format(locale.lang(), locale.easy(), "entry.reviewed", Map.of("date", date, "source", main.title()));
	}

	/** The documents the entry cites: title and chapter, or a web page's address and the day it was read. */
	static List<Map<String, Object>> sources(Entry entry, Content content, PageLocale locale) {
		List<Map<String, Object>> sources = new ArrayList<>();
		for (var ref : entry.sources()) {
			var source = content.sources().get(ref.document());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("title", source.title());
			if (ref.chapter() != null) {
				item.put("chapter", content.messages().format(locale.lang(), locale.easy(), "entry.chapter", Map.of("chapter", ref.chapter())));
			}
			if (source.web()) {
				item.put("url", source.url());
				item.put("read", content.messages().format(locale.lang(), locale.easy(), "entry.read", Map.of("date", longDate(source.read(), locale))));
				if (source.updated() != null) {
					item.put("updated", content.messages().format(locale.lang(), locale.easy(), "entry.updated", Map.of("date", longDate(source.updated(), locale))));
				}
			}
			sources.add(item);
		}
		return sources;
	}

	/**
	 * What the reader is told about the text: shown in German, made with a machine, or translated (and checked) by
	 * a person, named where the content names them, and outdated where the original changed since.
	 */
	static List<String> translation(Entry entry, Shown shown, Messages messages, PageLocale locale) {
		List<String> notes = new ArrayList<>();
		Map<String, String> plain = messages.all(locale.lang(), locale.easy());
		Text text = shown.text();
		if (shown.fallback()) {
			notes.add(plain.get("entry.translation.fallback"));
		}
		if (locale.easy() && (!shown.easy() || text.body().isBlank())) {
			// an easy-language page that shows the standard text (or its body) says so
			notes.add(plain.get("entry.easyMissing"));
		}
		if (text.provenance() == Provenance.MACHINE_ASSISTED) {
			// a text in the original language is no translation: it is a summary of the sources made with a machine
			boolean original = Entry.language(shown.key()).equals(entry.original());
			notes.add(plain.get(original ? "entry.translation.machineSummary" : "entry.translation.machine"));
		}
		else if (text.provenance() == Provenance.HUMAN && text.translates() != null) {
			notes.add(text.translator() == null ? plain.get("entry.translation.human")
					: messages.format(locale.lang(), locale.easy(), "entry.translation.humanBy", Map.of("name", text.translator())));
		}
		if (text.reviewed()) {
			notes.add(messages.format(locale.lang(), locale.easy(), "entry.translation.reviewedBy",
					Map.of("name", text.reviewedBy(), "date", longDate(text.reviewedOn(), locale))));
		}
		if (entry.outdated(shown.key())) {
			notes.add(plain.get("entry.translation.outdated"));
		}
		return notes;
	}

	/** A date as the reader's language writes it in full ("25. November 2026", "25 نوفمبر 2026"). */
	static String longDate(java.time.LocalDate date, PageLocale locale) {
		var format = com.ibm.icu.text.DateFormat.getDateInstance(com.ibm.icu.text.DateFormat.LONG,
				com.ibm.icu.util.ULocale.forLanguageTag(locale.lang()));
		format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
		return format.format(java.util.Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
	}

}
