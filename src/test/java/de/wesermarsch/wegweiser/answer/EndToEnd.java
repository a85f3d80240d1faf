package de.wesermarsch.wegweiser.answer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.omosqa.OmosQa;
import de.wesermarsch.wegweiser.omosqa.Question;
import de.wesermarsch.wegweiser.search.Hit;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.snapshot.Snapshot;

/**
 * OMoS-QA questions asked as a reader asks them: against one index of all the pages that a split's questions give
 * (German and English texts of each page, all regions), first the page search, then the answer from the search's
 * best entries. Measures where the right page ranks, for the service's search and for {@link PlainBm25} on the
 * same pages, and the answer lines end to end: an answer counts only when it comes from the question's own page.
 */
final class EndToEnd {

	/** What one set of questions reached. */
	record Scores(Ranks search, Ranks bm25, LineScores answers) {
	}

	private final Snapshot snapshot;

	private final PlainBm25 bm25;

	private final Answers answers = new Answers();

	EndToEnd(String split) {
		Content base = new ContentLoader(Path.of("content"), Path.of("i18n")).load();
		List<Question> all = new ArrayList<>();
		OmosQa.PAGE_LANGUAGES.forEach(lang -> all.addAll(OmosQa.questions(split, lang)));
		Content pages = OmosQa.content(base, OmosQa.pages(all));
		this.snapshot = Snapshot.of(pages);
		this.bm25 = new PlainBm25(pages);
	}

	int pages() {
		return snapshot.content().entries().size();
	}

	/** Only the ranks of the right page, for the search and for BM25. */
	void rank(List<Question> questions, Ranks search, Ranks baseline) {
		for (Question q : questions) {
			search.add(snapshot.search()
				.search(new SearchRequest(q.question(), q.language(), false, Set.of(), Set.of(), Set.of(), Ranks.DEPTH, 0))
				.hits().stream().map(Hit::id).toList(), q.entryId());
			baseline.add(bm25.rank(q.question(), Ranks.DEPTH), q.entryId());
		}
	}

	Scores score(List<Question> questions) {
		Ranks search = new Ranks();
		Ranks baseline = new Ranks();
		LineScores lines = new LineScores();
		for (Question q : questions) {
			List<Hit> hits = snapshot.search()
				.search(new SearchRequest(q.question(), q.language(), false, Set.of(), Set.of(), Set.of(), Ranks.DEPTH, 0))
				.hits();
			search.add(hits.stream().map(Hit::id).toList(), q.entryId());
			baseline.add(bm25.rank(q.question(), Ranks.DEPTH), q.entryId());
			AnswerRequest request = new AnswerRequest(q.question(), q.language(), false, null);
			Answer answer = answers.answer(snapshot, request, hits.subList(0, Math.min(AnswerRequest.ENTRIES, hits.size())));
			if (!answer.answerable()) {
				lines.add(q.answers(), Set.of());
			}
			else if (answer.answers().get(0).id().equals(q.entryId())) {
				Set<Integer> predicted = new TreeSet<>();
				answer.answers().get(0).sentences().forEach(s -> predicted.add(s.line()));
				lines.add(q.answers(), predicted);
			}
			else {
				lines.addElsewhere(q.answers());
			}
		}
		return new Scores(search, baseline, lines);
	}

}
