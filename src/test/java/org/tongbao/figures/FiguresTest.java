package org.tongbao.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

class FiguresTest {

    private final NumberWriter w = new NumberWriter(NumberStyle.DEFAULT);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void pointsAboveTheCityAverageAsTheReferenceWritesThem() {
        assertEquals("2.1个百分点", w.points(d("4.7").subtract(d("2.6"))));
        assertEquals("17个百分点", w.points(d("17.7").subtract(d("0.7"))));
        assertEquals("1.6个百分点", w.points(d("6.3").subtract(d("4.7"))));
        assertEquals("8.3个百分点", w.points(d("0.3").subtract(d("-8"))));
        assertEquals("0.7个百分点", w.points(d("2.6").subtract(d("1.9"))));
        assertEquals("3.3个百分点", w.points(d("3").subtract(d("-0.3"))));
        assertEquals("1.5个百分点", w.points(d("4.7").subtract(d("3.2"))));
        assertEquals("12.5个百分点", w.points(d("19.2").subtract(d("6.7"))));
    }

    @Test
    void completionInWholePercents() {
        assertEquals("118%", w.completion(Figures.completion(d("59"), d("50"))));
        assertEquals("276%", w.completion(Figures.completion(d("165.7"), d("60"))));
        assertEquals("175%", w.completion(Figures.completion(d("35"), d("20"))));
        assertEquals("156%", w.completion(Figures.completion(d("312"), d("200"))));
        assertEquals("183%", w.completion(Figures.completion(d("36.59"), d("20"))));
        assertEquals("115%", w.completion(Figures.completion(d("1.15"), d("1"))));
    }

    @Test
    void levelTargetsInPoints() {
        assertEquals("2个百分点", w.points(d("61").subtract(d("59"))));
    }

    @Test
    void growthFromPriorAndActual() {
        assertEquals(d("4.7"), Figures.growthFromPrior(d("557.7"), d("532.7")));
        assertEquals(d("-8.0"), Figures.growthFromPrior(d("92"), d("100")));
    }

    @Test
    void writtenForms() {
        assertEquals("－8%", w.percent(d("-8")));
        assertEquals("增长3%", w.growth(d("3.0")));
        assertEquals("第一", w.rank(1));
        assertEquals("第四", w.rank(4));
        assertEquals("第十二", w.rank(12));
        assertEquals("第三十八", w.rank(38));
        NumberWriter other = new NumberWriter(new NumberStyle(true, "-", true, 1, 1, 1, false, RoundingMode.HALF_UP));
        assertEquals("下降8.0%", other.growth(d("-8.0")));
        assertEquals("95.0%", other.completion(d("94.96")));
        assertEquals("-8", other.typed(d("-8")));
    }

    @Test
    void sharesOfTasks() {
        List<BigDecimal> s = Shares.of(List.of(170, 5), 175, NumberStyle.DEFAULT);
        assertEquals("97.1%", w.share(s.get(0)));
        assertEquals("2.9%", w.share(s.get(1)));
        NumberStyle addUp = new NumberStyle(true, "－", false, 1, 0, 1, true, RoundingMode.HALF_UP);
        List<BigDecimal> three = Shares.of(List.of(1, 1, 1), 3, addUp);
        assertEquals(d("100.0"), three.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        NumberWriter keep = new NumberWriter(addUp);
        assertEquals("80.0%", keep.share(Shares.of(List.of(4, 1), 5, addUp).get(0)));
    }

    @Test
    void halfUpNotBinary() {
        NumberWriter oneDecimal = new NumberWriter(new NumberStyle(false, "－", false, 1, 1, 1, false, RoundingMode.HALF_UP));
        assertEquals("2.7%", oneDecimal.completion(d("2.65")));
        NumberWriter even = new NumberWriter(new NumberStyle(false, "－", false, 1, 1, 1, false, RoundingMode.HALF_EVEN));
        assertEquals("2.6%", even.completion(d("2.65")));
    }
}
