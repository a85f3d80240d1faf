package de.wesermarsch.wegweiser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Every term of every field of one index, with where it lies in the index: a query never asks Lucene for a term
 * it lacks, and never looks up the same term twice. Built with statistics, a term's states are complete and only
 * read from then on, so they are shared by all searches of the snapshot.
 */
final class IndexTerms {

	private final Map<String, Map<String, TermStates>> byField = new HashMap<>();

	IndexTerms(IndexSearcher searcher) {
		try {
			for (var leaf : searcher.getIndexReader().leaves()) {
				for (var info : leaf.reader().getFieldInfos()) {
					var terms = leaf.reader().terms(info.name);
					if (terms == null) {
						continue;
					}
					Map<String, TermStates> inField = byField.computeIfAbsent(info.name, f -> new HashMap<>());
					var each = terms.iterator();
					for (var term = each.next(); term != null; term = each.next()) {
						Term whole = new Term(info.name, term.utf8ToString());
						inField.putIfAbsent(whole.text(), TermStates.build(searcher, whole, true));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether any entry has this term in this field. */
	boolean has(String field, String term) {
		return byField.getOrDefault(field, Map.of()).containsKey(term);
	}

	/** A query for one term of a field, or null when no entry has it. */
	Query query(String field, String text) {
		TermStates states = byField.getOrDefault(field, Map.of()).get(text);
		return states == null ? null : new TermQuery(new Term(field, text), states);
	}

}
