package no.samskap.gateway.shell.privacy;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.util.Optional;

/** "Dine data" on "Min side": download everything Samskap holds about you, or erase your account. */
@Singleton
final class MyDataSection implements MyPageSection {

    @Override
    public Placement placement() {
        return new Placement("my-data", "privacy.mine.heading", 900);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var texts = viewer.texts();
        return Optional.of("""
            <p>%s</p>
            <p><a href="%s" download id="download-my-data">%s</a></p>
            <p><a href="%s" id="erase-account-link">%s</a></p>
            """.formatted(texts.text("privacy.mine.intro"), MyDataController.DOWNLOAD_PATH,
            texts.text("privacy.mine.download"), AccountErasureController.CONFIRM_PATH,
            texts.text("privacy.erase.link")));
    }
}
