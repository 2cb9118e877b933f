package org.sourcelight.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon (packaging/icons/sourcelight.svg rendered by tools/render_icons.sh) for windows. */
public final class AppIcons {
    private static final int[] SIZES = {16, 32, 64, 128, 256};

    private AppIcons() {}

    /** The icon in every size the build carries, for {@code Stage.getIcons()}. */
    public static List<Image> window() {
        List<Image> out = new ArrayList<>();
        for (int s : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/icons/sourcelight-" + s + ".png");
            if (in != null) out.add(new Image(in));
        }
        return out;
    }
}
