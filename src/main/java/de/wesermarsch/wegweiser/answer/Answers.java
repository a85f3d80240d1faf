package de.wesermarsch.wegweiser.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.content.Source;
import de.wesermarsch.wegweiser.search.Hit;
import de.wesermarsch.wegweiser.snapshot.Snapshot;

/**
 * Answers a question from the entries a search found (or from the one entry asked for): each entry's text in the
 * reader's language (German where it has none, said as {@code fallback}) is read for the sentences that answer,
 * and the entries that answer are returned in the search's order. What the words weigh is counted once per
 * content snapshot. Search finds the entries; the front door ({@code ask.Ask}) runs the search, caches and counts.
 */
@Component
public final class Answers {

	/** The reading of the latest snapshot answered from; rebuilt when the content changes. */
	private volatile Reading reading;

	/** The words, cues and extractor of one content version. */
	private record Reading(String version, Words words, Extractor extractor) {
	}

	/** The answer from {@code hits} (the search's best entries), or from the request's one entry. */
	public Answer answer(Snapshot snapshot, AnswerRequest request, List<Hit> hits) {
		Content content = snapshot.content();
		Reading current = reading(content);
		List<Entry> candidates = request.entry() != null ? content.entry(request.entry()).stream().toList()
				: hits.stream().flatMap(h -> content.entry(h.id()).stream()).toList();
		List<Answer.EntryAnswer> answers = new ArrayList<>();
		for (Entry entry : candidates) {
			from(content, current, entry, request).ifPresent(answers::add);
		}
		return new Answer(request.query(), request.lang(), !answers.isEmpty(), answers,
				answers.isEmpty() ? lastResort(content, request) : null);
	}

	private Optional<Answer.EntryAnswer> from(Content content, Reading current, Entry entry, AnswerRequest request) {
		Shown shown = Shown.of(entry, request.lang(), request.easy());
		Passage passage = Passage.of(shown.title(), shown.body(), shown.bodyLang());
		Extractor.Choice choice = current.extractor().choose(request.query(), passage, shown.bodyLang());
		if (!choice.answers()) {
			return Optional.empty();
		}
		List<Answer.Sentence> sentences = choice.sentences().stream()
			.map(s -> new Answer.Sentence(s.text(), shown.bodyLang(), s.line())).toList();
		String url = "/api/v1/entries/" + entry.id() + "?lang=" + request.lang() + (request.easy() ? "&easy=true" : "");
		return Optional.of(new Answer.EntryAnswer(entry.id(), entry.type().id(), shown.title(), url, sentences,
				!shown.bodyLang().equals(request.lang()), source(content, entry), contact(content, entry, request)
					.orElse(null), choice.confidence()));
	}

	private static Answer.Source source(Content content, Entry entry) {
		return entry.source().map(ref -> {
			Source document = content.sources().get(ref.document());
			return new Answer.Source(ref.document(), document == null ? ref.document() : document.title(), ref.chapter());
		}).orElse(null);
	}

	/** The office the source names as responsible, else the entry's own contact, else the contact of last resort. */
	private Optional<Answer.Contact> contact(Content content, Entry entry, AnswerRequest request) {
		return Optional.ofNullable(entry.responsible()).flatMap(content::entry).flatMap(e -> Contacts.of(e, request))
			.or(() -> Contacts.of(entry, request)).or(() -> Optional.ofNullable(lastResort(content, request)));
	}

	private static Answer.Contact lastResort(Content content, AnswerRequest request) {
		return content.askEntry().flatMap(e -> Contacts.of(e, request)).orElse(null);
	}

	private Reading reading(Content content) {
		Reading current = reading;
		if (current == null || !current.version().equals(content.version())) {
			Words words = new Words(content);
			current = new Reading(content.version(), words,
					new Extractor(words, new Cues(content.messages(), words.foldedChain()), Extractor.Settings.FITTED));
			reading = current;
		}
		return current;
	}

}
