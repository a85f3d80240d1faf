package de.wesermarsch.wegweiser.answer;

import java.util.List;

import de.wesermarsch.wegweiser.omosqa.OmosQa;

/** Development aid: the page search's ranks per question language (train by default; args: splits). */
final class SearchSweep {

	public static void main(String[] args) {
		for (String split : args.length > 0 ? List.of(args) : List.of("train")) {
			EndToEnd bench = new EndToEnd(split);
			for (String lang : List.of("de", "en", "ar", "uk")) {
				Ranks ours = new Ranks();
				Ranks bm25 = new Ranks();
				bench.rank(OmosQa.questions(split, lang), ours, bm25);
				System.out.printf("%s %s R@1 %.3f R@3 %.3f MRR %.3f none %.2f | BM25 R@3 %.3f MRR %.3f%n", split, lang,
						ours.recallAt1(), ours.recallAt3(), ours.mrr(), ours.empty(), bm25.recallAt3(), bm25.mrr());
			}
		}
	}

}
