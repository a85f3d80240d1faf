package de.wesermarsch.wegweiser.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Provenance;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.content.SourceRef;
import de.wesermarsch.wegweiser.content.Term;

/**
 * The whole entry as the API gives it: texts in the reader's language (or German, else the original, with
 * {@code fallback}), the facts of its kind, its topics and places by name, its sources (the first, the main one,
 * also as {@code source}) and review date, the office responsible for it, and the status of the translation shown.
 * Fields the entry does not have are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(String id, String type, String lang, boolean easy, boolean fallback, String title,
		String summary, String body, String bodyLang, String subGoal, String rhythm, Map<String, Object> details,
		List<Named> topics, List<Named> places, boolean countyWide, List<Named> audiences, SourceView source,
		List<SourceView> sources, Named responsible, LocalDate reviewed, String original, Translation translation,
		List<String> languages) {

	/** An id with its name in the reader's language. */
	public record Named(String id, String name) {
	}

	/** A document the entry cites: a file's title and chapter, or a web page's address and the day it was read. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SourceView(String document, String title, @JsonInclude(JsonInclude.Include.ALWAYS) String chapter,
			String url, LocalDate read) {
	}

	/**
	 * How the shown text was made: {@code machine} is true for a machine-assisted translation, {@code outdated}
	 * when it was made from an older original; a reviewed text names who reviewed it and when.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Translation(String provenance, boolean machine, boolean reviewed, boolean outdated,
			String reviewedBy, LocalDate reviewedOn, String translator) {
	}

	static EntryView of(Entry entry, Content content, String lang, boolean easy) {
		Shown shown = Shown.of(entry, lang, easy);
		List<SourceView> sources = entry.sources().stream().map(s -> source(s, content)).toList();
		var text = shown.text();
		return new EntryView(entry.id(), entry.type().id(), shown.lang(), shown.easy(), shown.fallback(), shown.title(),
				shown.summary(), shown.body(), shown.bodyLang(), shown.subGoal(), shown.rhythm(), Details.of(entry),
				named(entry.topics(), content.topics(), lang, easy), named(entry.places(), content.places(), lang, easy),
				entry.countyWide(), named(entry.audiences(), content.audiences(), lang, easy),
				sources.isEmpty() ? null : sources.getFirst(), sources,
				content.entry(entry.responsible()).map(r -> new Named(r.id(), Shown.of(r, lang, easy).title())).orElse(null),
				entry.reviewed(), entry.original(),
				new Translation(text.provenance().id(), text.provenance() == Provenance.MACHINE_ASSISTED, text.reviewed(),
						entry.outdated(shown.key()), text.reviewedBy(), text.reviewedOn(), text.translator()),
				entry.texts().keySet().stream().filter(k -> !k.endsWith(Entry.EASY_SUFFIX)).sorted().toList());
	}

	private static SourceView source(SourceRef ref, Content content) {
		var source = content.sources().get(ref.document());
		return new SourceView(source.id(), source.title(), ref.chapter(), source.url(), source.read());
	}

	private static List<Named> named(List<String> ids, Map<String, Term> terms, String lang, boolean easy) {
		return ids.stream().map(id -> new Named(id, terms.get(id).name(lang, easy))).toList();
	}

}
