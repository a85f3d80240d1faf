package de.wesermarsch.wegweiser.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.content.Term;

/**
 * The whole entry as the API gives it: texts in the reader's language (or German, with {@code fallback}), the
 * facts of its kind, its topics and places by name, its source and review date, and the status of the
 * translation shown. Fields the entry does not have are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(String id, String type, String lang, boolean easy, boolean fallback, String title,
		String summary, String body, String bodyLang, String subGoal, String rhythm, Map<String, Object> details,
		List<Named> topics, List<Named> places, boolean countyWide, List<Named> audiences, SourceView source,
		LocalDate reviewed, Translation translation, List<String> languages) {

	/** An id with its name in the reader's language. */
	public record Named(String id, String name) {
	}

	public record SourceView(String document, String title, String chapter) {
	}

	/**
	 * How the shown text was made: {@code machine} is true for a machine-assisted translation, {@code outdated}
	 * when it was made from an older German text.
	 */
	public record Translation(String provenance, boolean machine, boolean reviewed, boolean outdated) {
	}

	static EntryView of(Entry entry, Content content, String lang, boolean easy) {
		Shown shown = Shown.of(entry, lang, easy);
		var source = content.sources().get(entry.source().document());
		return new EntryView(entry.id(), entry.type().id(), shown.lang(), shown.easy(), shown.fallback(), shown.title(),
				shown.summary(), shown.body(), shown.bodyLang(), shown.subGoal(), shown.rhythm(), Details.of(entry),
				named(entry.topics(), content.topics(), lang, easy), named(entry.places(), content.places(), lang, easy),
				entry.countyWide(), named(entry.audiences(), content.audiences(), lang, easy),
				new SourceView(source.id(), source.title(), entry.source().chapter()), entry.reviewed(),
				new Translation(shown.text().provenance().id(),
						shown.text().provenance() == de.wesermarsch.wegweiser.content.Provenance.MACHINE_ASSISTED,
						shown.text().reviewed(), entry.outdated(shown.key())),
				entry.texts().keySet().stream().filter(k -> !k.endsWith(Entry.EASY_SUFFIX)).sorted().toList());
	}

	private static List<Named> named(List<String> ids, Map<String, Term> terms, String lang, boolean easy) {
		return ids.stream().map(id -> new Named(id, terms.get(id).name(lang, easy))).toList();
	}

}
