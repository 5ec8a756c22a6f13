package org.tongbao.calc;

import com.sun.star.lang.XSingleComponentFactory;
import com.sun.star.lib.uno.helper.Factory;

/**
 * The class the jar manifest names as {@code RegistrationClassName}: LibreOffice's Java loader asks
 * it for the factory of each implementation listed in tongbao.components (passive registration).
 */
public final class TongbaoRegistration {

    private TongbaoRegistration() {
    }

    public static XSingleComponentFactory __getComponentFactory(String implementationName) {
        if (TongbaoDispatcher.IMPLEMENTATION.equals(implementationName)) {
            return Factory.createComponentFactory(TongbaoDispatcher.class, TongbaoDispatcher.SERVICES);
        }
        if (HiddenUndoGuard.IMPLEMENTATION.equals(implementationName)) {
            return Factory.createComponentFactory(HiddenUndoGuard.class, HiddenUndoGuard.SERVICES);
        }
        return null;
    }
}
