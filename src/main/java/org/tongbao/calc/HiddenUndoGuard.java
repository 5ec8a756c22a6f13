package org.tongbao.calc;

import com.sun.star.beans.NamedValue;
import com.sun.star.frame.XController;
import com.sun.star.frame.XDispatchProviderInterception;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.task.XJob;
import com.sun.star.uno.XComponentContext;

/**
 * A job (Jobs.xcu, on every new Calc view) that puts {@link HiddenUndoInterceptor} in front of each Calc
 * document's frame. LibreOffice 7.4 dies at the next change of any cell after an Edit ▸ Undo or Redo
 * (.uno:Undo, .uno:Redo) is dispatched to a hidden Calc document — with no extension installed at
 * all (README, Reliability) — while the same step through the document's undo manager is safe. Hidden
 * documents are how the office engine, macros and the tests drive the tool.
 */
public final class HiddenUndoGuard extends WeakBase implements XJob, XServiceInfo {

    static final String IMPLEMENTATION = HiddenUndoGuard.class.getName();
    static final String[] SERVICES = {"com.sun.star.task.Job"};

    public HiddenUndoGuard(XComponentContext context) {
        // the job needs nothing of the office but the document it is called for
    }

    @Override
    public Object execute(NamedValue[] arguments) {
        Object model = environment(arguments, "Model");
        if (model != null && UnoCast.cast(XSpreadsheetDocument.class, model).isPresent()) {
            XController controller = UnoCast.require(XModel.class, model).getCurrentController();
            XFrame frame = controller == null ? null : controller.getFrame();
            if (frame != null) {
                UnoCast.cast(XDispatchProviderInterception.class, frame).ifPresent(f ->
                        f.registerDispatchProviderInterceptor(new HiddenUndoInterceptor(frame, model)));
            }
        }
        return null;
    }

    /** The value named {@code name} in the job's Environment argument. */
    private static Object environment(NamedValue[] arguments, String name) {
        for (NamedValue argument : arguments == null ? new NamedValue[0] : arguments) {
            if ("Environment".equals(argument.Name) && argument.Value instanceof NamedValue[] environment) {
                for (NamedValue value : environment) {
                    if (name.equals(value.Name)) {
                        return value.Value;
                    }
                }
            }
        }
        return null;
    }

    @Override
    public String getImplementationName() {
        return IMPLEMENTATION;
    }

    @Override
    public boolean supportsService(String service) {
        return java.util.List.of(SERVICES).contains(service);
    }

    @Override
    public String[] getSupportedServiceNames() {
        return SERVICES.clone();
    }
}
