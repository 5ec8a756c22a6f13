package org.tongbao.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    private static Num read(Object v) {
        return NumberText.read(v, CellAddress.of(0, 0));
    }

    @Test
    void numbersAsStaffTypeThem() {
        assertEquals(new BigDecimal("4.7"), read("4.7%").value());
        assertTrue(read("4.7%").percent());
        assertEquals(new BigDecimal("557.7"), read("557.7亿元").value());
        assertEquals("亿元", read("557.7亿元").unit());
        assertEquals(new BigDecimal("-8"), read("－8%").value());
        assertEquals(new BigDecimal("-0.3"), read("−0.3").value());
        assertEquals(new BigDecimal("1.15"), read("1.15万户").value());
        assertEquals("万户", read("1.15万户").unit());
        assertEquals(new BigDecimal("50"), read("５０").value());
        assertEquals(new BigDecimal("36.59"), read("３６．５９").value());
        assertEquals(new BigDecimal("27572"), read("27,572").value());
        assertEquals(new BigDecimal("-8"), read("下降8%").value());
        assertEquals(new BigDecimal("3.73"), read("3.73亿美元").value());
        assertEquals(new BigDecimal("557.7"), read(557.7).value());
        assertEquals(new BigDecimal("0.1"), read(0.1 + 0.0).value());
    }

    @Test
    void targetsWithTheirBound() {
        Num ceiling = read("控制在5.5%以内");
        assertEquals(new BigDecimal("5.5"), ceiling.value());
        assertTrue(ceiling.percent() && ceiling.upperLimit());
        assertTrue(read("不超过3%").upperLimit());
        assertTrue(read("80个工作日以内").upperLimit());
        assertEquals("个工作日", read("80个工作日以内").unit());
        Num floor = read("不低于90%");
        assertEquals(new BigDecimal("90"), floor.value());
        assertFalse(floor.upperLimit());
        assertEquals(new BigDecimal("8"), read("8%左右").value());
        assertFalse(read(5.5).upperLimit());
    }

    @Test
    void textThatIsNoNumber() {
        assertFalse(read("五十九").valid());
        assertFalse(read("59-60").valid());
        assertFalse(read("1,23").valid());
        assertFalse(read(new CellError("#DIV/0!")).valid());
        assertNull(read(null));
        assertNull(read("  "));
    }
}
