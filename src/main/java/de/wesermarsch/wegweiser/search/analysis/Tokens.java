package de.wesermarsch.wegweiser.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer over a text and returns its tokens. */
public final class Tokens {

	private Tokens() {
	}

	/** All tokens, including those a filter stacked at the same position (compound parts). */
	public static List<String> of(Analyzer analyzer, String text) {
		return both(analyzer, text, false).all();
	}

	/** Only the tokens that start a position: the words as written, without stacked compound parts. */
	public static List<String> primary(Analyzer analyzer, String text) {
		return both(analyzer, text, false).primary();
	}

	/** Both in one run of the analyzer. */
	public static Both both(Analyzer analyzer, String text) {
		return both(analyzer, text, true);
	}

	private static Both both(Analyzer analyzer, String text, boolean copy) {
		List<String> all = new ArrayList<>();
		List<String> primary = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String token = term.toString();
				all.add(token);
				if (position.getPositionIncrement() > 0) {
					primary.add(token);
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return copy ? new Both(List.copyOf(all), List.copyOf(primary)) : new Both(all, primary);
	}

	/** All tokens, and only the primary ones, of one text. */
	public record Both(List<String> all, List<String> primary) {
	}

}
