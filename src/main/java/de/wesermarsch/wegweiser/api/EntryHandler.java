package de.wesermarsch.wegweiser.api;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.search.Hit;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import reactor.core.publisher.Mono;

/** {@code /api/v1/entries/{id}}, {@code /api/v1/entries} and {@code /api/v1/languages}. */
@Component
class EntryHandler {

	Mono<ServerResponse> entry(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		Params params = new Params(request, snapshot);
		String id = request.pathVariable("id");
		Entry entry = snapshot.content()
			.entry(id)
			.orElseThrow(() -> new NotFound("There is no entry '" + (id.length() > 60 ? id.substring(0, 60) : id) + "'."));
		return ServerResponse.ok().bodyValue(EntryView.of(entry, snapshot.content(), params.lang(), params.easy()));
	}

	/** Entries by type, topic and place, ordered by title in the reader's language. */
	Mono<ServerResponse> list(ServerRequest request) {
		Snapshot snapshot = RequestSnapshot.of(request);
		Content content = snapshot.content();
		Params params = new Params(request, snapshot);
		String lang = params.lang();
		boolean easy = params.easy();
		var types = params.types();
		var topics = params.topics();
		var places = params.places();
		Collator order = Collator.getInstance(ULocale.forLanguageTag(lang));
		List<Hit> all = content.entries()
			.values()
			.stream()
			.filter(e -> types.isEmpty() || types.contains(e.type()))
			.filter(e -> topics.isEmpty() || e.topics().stream().anyMatch(topics::contains))
			.filter(e -> places.isEmpty() || e.countyWide() || e.places().stream().anyMatch(places::contains))
			.map(e -> Hit.of(e, lang, easy, null))
			.sorted(Comparator.comparing(Hit::title, order::compare))
			.toList();
		int offset = Math.min(params.offset(), all.size());
		int limit = params.limit(20);
		return ServerResponse.ok().bodyValue(new EntryList(all.size(), all.subList(offset, Math.min(all.size(), offset + limit))));
	}

	/** What {@code /api/v1/entries} answers: how many entries the filters leave, and one page of them. */
	record EntryList(int total, List<Hit> items) {
	}

	/** One language of {@code /api/v1/languages}: its code, its own name, its English name and its direction. */
	record LanguageView(String code, String name, String englishName, String dir) {
	}

	Mono<ServerResponse> languages(ServerRequest request) {
		return ServerResponse.ok().bodyValue(RequestSnapshot.of(request).content().languages().stream()
			.map(l -> new LanguageView(l.code(), l.name(), l.englishName(), l.dir()))
			.toList());
	}

}
