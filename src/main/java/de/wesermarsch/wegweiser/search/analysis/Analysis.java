package de.wesermarsch.wegweiser.search.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The analysis chains of the index, one per language plus a language-neutral folded one. Each chain is chosen by
 * the {@code analysis} name of a language in {@code i18n/languages.yaml}; a language without a known name gets
 * the neutral chain, so adding a language never needs code.
 */
public final class Analysis {

	/**
	 * Letters that differ between Arabic, Farsi and Sorani spellings of the same word are unified in the neutral
	 * field (Lucene's Persian and Sorani analyzers normalise ی/ي and ک/ك in opposite directions), Sorani letters
	 * are folded to the letters people type for them on Arabic and Farsi keyboards; the Persian zero-width
	 * non-joiner is removed so that words written with and without it meet.
	 */
	private static final NormalizeCharMap ARABIC_SCRIPT = arabicScriptMap();

	private Analysis() {
	}

	/** The chain for one language's field, by its analysis name. */
	public static Analyzer forLanguage(String analysis, Collection<String> compoundParts) {
		return switch (analysis == null ? "" : analysis) {
			case "german" -> german(compoundParts);
			case "english" -> new EnglishAnalyzer();
			case "arabic" -> arabic();
			case "persian" -> persian();
			case "russian" -> new RussianAnalyzer();
			case "ukrainian" -> ukrainian();
			case "turkish" -> new TurkishAnalyzer();
			case "kurmanji" -> kurmanji();
			case "sorani" -> new SoraniAnalyzer();
			default -> folded();
		};
	}

	/** Language-neutral: standard tokenizer, Arabic-script unification, ICU folding (case, accents, width). */
	public static Analyzer folded() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new ICUFoldingFilter(source));
			}

			@Override
			protected java.io.Reader initReader(String field, java.io.Reader reader) {
				return new MappingCharFilter(ARABIC_SCRIPT, reader);
			}
		};
	}

	/**
	 * German: umlauts and their spellings ae/oe/ue folded, compounds split into the parts of a word list (the
	 * whole word stays, parts are added at its position), then light stemming of all of them.
	 */
	static Analyzer german(Collection<String> compoundParts) {
		CharArraySet parts = new CharArraySet(normalizeGerman(compoundParts), false);
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new StopFilter(stream, org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet());
				stream = new GermanNormalizationFilter(stream);
				stream = new DictionaryCompoundWordTokenFilter(stream, parts, 5, 4, 15, false);
				return new TokenStreamComponents(source, new GermanLightStemFilter(stream));
			}
		};
	}

	/** The compound parts as the German chain sees them (lower case, umlauts folded). */
	private static List<String> normalizeGerman(Collection<String> words) {
		Analyzer normalizer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
			}
		};
		try (normalizer) {
			return words.stream().flatMap(w -> Tokens.of(normalizer, w).stream()).toList();
		}
	}

	/** Arabic: like Lucene's, but words with the feminine ending ة keep it ({@link ArabicFeminineFilter}). */
	static Analyzer arabic() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new DecimalDigitFilter(stream);
				stream = new StopFilter(stream, ArabicAnalyzer.getDefaultStopSet());
				stream = new ArabicFeminineFilter(stream);
				stream = new ArabicNormalizationFilter(stream);
				return new TokenStreamComponents(source, new ArabicStemFilter(stream));
			}
		};
	}

	/** Persian: like Lucene's, but the zero-width non-joiner glues (never splits) and stems are light. */
	static Analyzer persian() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new DecimalDigitFilter(stream);
				stream = new ArabicNormalizationFilter(stream);
				stream = new PersianNormalizationFilter(stream);
				stream = new StopFilter(stream, PersianAnalyzer.getDefaultStopSet());
				return new TokenStreamComponents(source, new PersianStemFilter(stream));
			}

			@Override
			protected java.io.Reader initReader(String field, java.io.Reader reader) {
				return new MappingCharFilter(ZWNJ, reader);
			}
		};
	}

	private static final NormalizeCharMap ZWNJ = zwnjMap();

	/** Ukrainian: apostrophes unified, ґ as г (as the dictionary has it), then dictionary lemmas. */
	static Analyzer ukrainian() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		Map.of("’", "'", "ʼ", "'", "‘", "'", "`", "'", "ґ", "г", "Ґ", "Г").forEach(map::add);
		NormalizeCharMap chars = map.build();
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new UkrainianLemmaFilter(new LowerCaseFilter(source)));
			}

			@Override
			protected java.io.Reader initReader(String field, java.io.Reader reader) {
				return new MappingCharFilter(chars, reader);
			}
		};
	}

	/** Kurmanji: ICU folding (never Turkish lower-casing: İ/I are not Kurmanji letters) and light suffixes. */
	static Analyzer kurmanji() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new KurmanjiStemFilter(new ICUFoldingFilter(source)));
			}
		};
	}

	private static NormalizeCharMap arabicScriptMap() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		map.add("\u064A", "\u06CC"); // Arabic yeh -> Farsi yeh
		map.add("\u0649", "\u06CC"); // alef maksura -> Farsi yeh
		map.add("\u0643", "\u06A9"); // Arabic kaf -> keheh
		map.add("\u0629", "\u0647"); // teh marbuta -> heh
		map.add("\u06C0", "\u0647"); // heh with yeh above -> heh
		map.add("\u0623", "\u0627"); // alef with hamza above -> alef
		map.add("\u0625", "\u0627"); // alef with hamza below -> alef
		map.add("\u0622", "\u0627"); // alef with madda -> alef
		map.add("\u06CE", "\u06CC"); // Sorani yeh with small v (ێ) -> Farsi yeh: typed on Arabic/Farsi keyboards
		map.add("\u0695", "\u0631"); // Sorani reh with small v below (ڕ) -> reh
		map.add("\u06B5", "\u0644"); // Sorani lam with small v (ڵ) -> lam
		map.add("\u06C6", "\u0648"); // Sorani oe (ۆ) -> waw
		map.add("\u06D5", "\u0647"); // Sorani ae (ە) -> heh
		map.add("\u06BE", "\u0647"); // heh doachashmee (ھ) -> heh
		map.add("\u0640", ""); // tatweel
		map.add("\u200C", ""); // zero-width non-joiner
		return map.build();
	}

	private static NormalizeCharMap zwnjMap() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		map.add("\u200C", "");
		return map.build();
	}

}
