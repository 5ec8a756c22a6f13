package org.tongbao.calc;

import com.sun.star.beans.PropertyValue;

/** UNO's name–value pairs, as load and store calls take them. */
public final class PropertyValues {

    private PropertyValues() {
    }

    public static PropertyValue of(String name, Object value) {
        PropertyValue property = new PropertyValue();
        property.Name = name;
        property.Value = value;
        return property;
    }
}
