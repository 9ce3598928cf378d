import SixClusterModel

/// The page phones see: plain HTML, CSS and JavaScript written for the room, served from the program – nothing
/// from elsewhere. Card text is only ever set with `textContent`, so markup in a card stays text.
public enum RoomPage {
    /// The page's HTML; the script picks the browser's language and fills it in.
    public static func html(_ language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>sixcluster</title>
        <link rel="stylesheet" href="/room.css">
        <script src="/room.js" defer></script>
        </head>
        <body>
        <header>
          <p id="status" role="status" aria-live="polite"></p>
          <h1 id="field-title">sixcluster</h1>
        </header>
        <main>
          <p id="field-choice" hidden>
            <label for="field" data-text="pickField"></label>
            <select id="field"></select>
          </p>
          <section aria-labelledby="questions-title">
            <h2 id="questions-title" data-text="questions"></h2>
            <ul id="questions"></ul>
          </section>
          <p id="dots" aria-live="polite"></p>
          <p id="hidden-note" class="note" hidden></p>
          <form id="card-form">
            <label for="card-text" data-text="yourCard"></label>
            <textarea id="card-text" rows="3" maxlength="500" required></textarea>
            <fieldset>
              <legend data-text="column"></legend>
              <label class="choice"><input type="radio" name="column" value="ist" checked> <span data-text="ist"></span></label>
              <label class="choice"><input type="radio" name="column" value="soll"> <span data-text="soll"></span></label>
            </fieldset>
            <button type="submit" id="send" data-text="send"></button>
            <button type="button" id="cancel-edit" data-text="cancelEdit" hidden></button>
          </form>
          <section aria-labelledby="cards-title">
            <h2 id="cards-title" data-text="cards"></h2>
            <h3 data-text="ist"></h3>
            <ul id="ist-cards" class="cards"></ul>
            <h3 data-text="soll"></h3>
            <ul id="soll-cards" class="cards"></ul>
          </section>
          <details id="overview">
            <summary data-text="overview"></summary>
            <a id="poster-link" href="/poster.svg"><img id="poster" alt="" width="1189" height="841"></a>
          </details>
          <form id="name-form">
            <label for="name" data-text="name"></label>
            <input id="name" maxlength="40" autocomplete="nickname">
            <button type="submit" data-text="saveName"></button>
          </form>
        </main>
        </body>
        </html>
        """
    }

    /// The page's styles: large targets, the phone's text size respected (rem), a light and a dark theme.
    public static let css = """
        :root { color-scheme: light dark; --ground: #ffffff; --ink: #1a1a1a; --soft: #f1f1ee; --accent: #0b5cad; --line: #6b6b6b; }
        @media (prefers-color-scheme: dark) { :root { --ground: #121212; --ink: #f2f2f2; --soft: #242424; --accent: #8cc4ff; --line: #a0a0a0; } }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; background: var(--ground); color: var(--ink); }
        header, main { max-width: 40rem; margin: 0 auto; padding: 0.75rem 1rem; }
        h1 { font-size: 1.5rem; margin: 0.25rem 0; }
        h2 { font-size: 1.2rem; margin: 1rem 0 0.5rem; }
        h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
        #status { margin: 0; min-height: 1.5rem; font-weight: 600; }
        label { display: block; font-weight: 600; margin: 0.5rem 0 0.25rem; }
        textarea, input, select { width: 100%; font: inherit; padding: 0.6rem; min-height: 2.75rem; border: 2px solid var(--line); border-radius: 0.4rem; background: var(--ground); color: var(--ink); }
        fieldset { border: 0; padding: 0; margin: 0.5rem 0; display: flex; gap: 1rem; flex-wrap: wrap; }
        legend { font-weight: 600; padding: 0; }
        label.choice { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; min-width: 2.75rem; font-weight: 400; margin: 0; }
        label.choice input { width: 1.5rem; height: 1.5rem; min-height: 0; }
        button { font: inherit; font-weight: 600; min-height: 2.75rem; min-width: 2.75rem; padding: 0.5rem 1.25rem; border: 0; border-radius: 0.4rem; background: var(--accent); color: var(--ground); margin-top: 0.5rem; }
        button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        ul.cards { list-style: none; padding: 0; margin: 0; }
        ul.cards li { background: var(--soft); border-radius: 0.4rem; padding: 0.5rem 0.75rem; margin: 0.35rem 0; overflow-wrap: anywhere; }
        ul.cards li small { display: block; color: var(--line); }
        ul.cards li .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-top: 0.35rem; }
        ul.cards li .actions button { margin-top: 0; padding: 0.4rem 0.9rem; }
        button.quiet { background: transparent; color: var(--ink); border: 2px solid var(--line); }
        button:disabled { opacity: 0.55; }
        #dots { margin: 0.5rem 0 0; font-weight: 600; }
        .note { background: var(--soft); border-left: 4px solid var(--accent); padding: 0.5rem 0.75rem; }
        details { margin: 1rem 0; }
        summary { font-weight: 600; min-height: 2.75rem; display: flex; align-items: center; cursor: pointer; }
        #poster { width: 100%; height: auto; background: #ffffff; border: 1px solid var(--line); }
        """

    /// The page's script: joins the room's state once a second, sends cards (kept in local storage until the room
    /// took them, each with an id of its own), and says when it is offline.
    public static let script = """
        "use strict";
        const words = {
          de: { questions: "Leitfragen", yourCard: "Deine Karte", column: "Spalte", ist: "Ist", soll: "Soll", send: "Senden",
                cards: "Karten in diesem Feld", name: "Dein Name", saveName: "Name übernehmen", field: "Feld",
                hiddenNote: (n) => "Verdeckt gesammelt: Karten erscheinen, wenn die Moderation aufdeckt" + (n ? " (von dir: " + n + ")" : ""),
                pickField: "Feld wählen", change: "Ändern", remove: "Löschen", save: "Änderung senden", cancelEdit: "Nicht ändern", removed: "Gelöscht",
                dot: "+1 Punkt", undot: "−1", dotFor: (text) => "Einen Punkt geben: " + text, undotFor: (text) => "Meinen Punkt zurücknehmen: " + text,
                dots: (n) => n + (n === 1 ? " Punkt" : " Punkte"), dotsLeft: (n) => "Deine Punkte übrig: " + n,
                offline: (n) => "offline – " + n + " warten", waiting: (n) => n + " warten aufs Senden", sent: "Gesendet",
                closed: "Der Raum ist geschlossen", removedFromRoom: "Die Moderation hat dich aus dem Raum genommen",
                overview: "Das ganze Board", overviewAlt: "Das ganze Board als Poster, wie es gerade steht" },
          en: { questions: "Guiding questions", yourCard: "Your card", column: "Column", ist: "Current (Ist)", soll: "Target (Soll)",
                send: "Send", cards: "Cards in this field", name: "Your name", saveName: "Use this name", field: "Field",
                hiddenNote: (n) => "Collected hidden: cards show once the facilitator reveals them" + (n ? " (yours: " + n + ")" : ""),
                pickField: "Pick a field", change: "Change", remove: "Delete", save: "Send the change", cancelEdit: "Keep it", removed: "Deleted",
                dot: "+1 dot", undot: "−1", dotFor: (text) => "Give a dot: " + text, undotFor: (text) => "Take my dot back: " + text,
                dots: (n) => n + (n === 1 ? " dot" : " dots"), dotsLeft: (n) => "Your dots left: " + n,
                offline: (n) => "offline – " + n + " waiting", waiting: (n) => n + " waiting to be sent", sent: "Sent",
                closed: "The room is closed", removedFromRoom: "The facilitator took you out of the room",
                overview: "The whole board", overviewAlt: "The whole board as a poster, as it stands now" },
        };
        const lang = (navigator.language || "en").toLowerCase().startsWith("de") ? "de" : "en";
        const t = words[lang];
        document.documentElement.lang = lang;
        for (const element of document.querySelectorAll("[data-text]")) { element.textContent = t[element.dataset.text]; }
        const queueKey = "sixcluster-room-queue";
        const queue = () => JSON.parse(localStorage.getItem(queueKey) || "[]");
        const keep = (cards) => localStorage.setItem(queueKey, JSON.stringify(cards));
        let field = 1;
        let online = true;
        const say = (text) => { document.getElementById("status").textContent = text; };
        let editing = null;
        let dotsLeft = 0;
        const button = (label, aria, action, quiet) => {
          const b = document.createElement("button");
          b.type = "button";
          b.textContent = label;
          if (aria) { b.setAttribute("aria-label", aria); }
          if (quiet) { b.className = "quiet"; }
          b.addEventListener("click", action);
          return b;
        };
        const send = async (path, body) => {
          try {
            const answer = await fetch(path, { method: "POST", credentials: "same-origin",
              headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
            const reply = await answer.json().catch(() => ({}));
            if (!answer.ok) { say(reply.error || String(answer.status)); }
            return answer.ok ? reply : null;
          } catch (error) { say(t.offline(queue().length)); return null; }
        };
        const list = (id, cards, column) => {
          const target = document.getElementById(id);
          target.replaceChildren(...cards.map((card) => {
            const item = document.createElement("li");
            const text = document.createElement("span");
            text.textContent = card.text;
            item.append(text);
            if (card.by) { const by = document.createElement("small"); by.textContent = card.by; item.append(by); }
            const actions = document.createElement("div");
            actions.className = "actions";
            if (column === "soll") {
              const count = document.createElement("span");
              count.textContent = "● " + t.dots(card.dots);
              const give = button(t.dot, t.dotFor(card.text), () => dot(card, 1));
              give.disabled = dotsLeft <= 0;
              const take = button(t.undot, t.undotFor(card.text), () => dot(card, -1), true);
              take.disabled = card.myDots <= 0;
              actions.append(count, give, take);
            }
            if (card.mine) {
              actions.append(button(t.change, t.change + ": " + card.text, () => startEdit(card), true),
                             button(t.remove, t.remove + ": " + card.text, () => remove(card), true));
            }
            if (actions.childElementCount > 0) { item.append(actions); }
            return item;
          }));
        };
        async function dot(card, dots) {
          const reply = await send("/api/dots", { field, text: card.text, by: card.by || null, dots });
          if (reply) { say(t.dotsLeft(reply.dotsLeft)); }
        }
        function startEdit(card) {
          editing = card.mine;
          const text = document.getElementById("card-text");
          text.value = card.text;
          text.focus();
          document.getElementById("send").textContent = t.save;
          document.getElementById("cancel-edit").hidden = false;
        }
        function endEdit() {
          editing = null;
          document.getElementById("card-text").value = "";
          document.getElementById("send").textContent = t.send;
          document.getElementById("cancel-edit").hidden = true;
        }
        async function remove(card) {
          if (await send("/api/cards/delete", { id: card.mine })) { say(t.removed); }
        }
        document.getElementById("cancel-edit").addEventListener("click", endEdit);
        document.getElementById("field").addEventListener("change", () => refresh(false));
        document.getElementById("overview").addEventListener("toggle", () => {
          if (document.getElementById("overview").open) { document.getElementById("poster").src = "/poster.svg?lang=" + lang + "&v=" + version; }
        });
        let version = 0;
        const pause = (ms) => new Promise((done) => setTimeout(done, ms));
        async function refresh(wait) {
          try {
            const picked = document.getElementById("field").value;
            const answer = await fetch("/api/state?lang=" + lang + (picked ? "&field=" + picked : "") + (wait ? "&after=" + version : ""),
                                       { credentials: "same-origin" });
            if (answer.status === 410) { closed = true; online = false; say(t.closed); return false; }
            if (answer.status === 403) { closed = true; online = false; say(t.removedFromRoom); return false; }
            if (!answer.ok) { online = false; say(t.closed); return false; }
            const state = await answer.json();
            online = true;
            version = state.version;
            // The whole board as it stands, drawn anew when it is open and the room changed.
            const poster = document.getElementById("poster");
            poster.alt = t.overviewAlt;
            document.getElementById("poster-link").href = "/poster.svg?lang=" + lang + "&v=" + version;
            if (document.getElementById("overview").open) { poster.src = "/poster.svg?lang=" + lang + "&v=" + version; }
            field = state.field.number;
            document.getElementById("field-title").textContent = t.field + " " + state.field.number + ": " + state.field.name;
            const questions = document.getElementById("questions");
            questions.replaceChildren(...state.field.questions.map((q) => { const li = document.createElement("li"); li.textContent = q; return li; }));
            dotsLeft = state.dotsLeft;
            const note = document.getElementById("hidden-note");
            note.hidden = !state.hidden;
            note.textContent = state.hidden ? t.hiddenNote(state.myHeld.length) : "";
            const choice = document.getElementById("field");
            document.getElementById("field-choice").hidden = !state.anyField;
            if (!state.anyField) { choice.replaceChildren(); }
            if (state.anyField && choice.options.length === 0) {
              choice.replaceChildren(...state.fields.map((f) => {
                const option = document.createElement("option");
                option.value = f.number;
                option.textContent = f.number + " " + f.name;
                return option;
              }));
              choice.value = state.field.number;
            }
            document.getElementById("dots").textContent = t.dotsLeft(state.dotsLeft);
            list("ist-cards", state.field.ist, "ist");
            list("soll-cards", state.field.soll, "soll");
            const name = document.getElementById("name");
            if (document.activeElement !== name && !name.value) { name.placeholder = state.you; }
            await flush();
            return true;
          } catch (error) {
            online = false;
            say(t.offline(queue().length));
            return false;
          }
        }
        // The state follows the room: each answer waits for the next change; offline, it tries again each second.
        let closed = false;
        async function follow() {
          while (!closed) {
            if (!(await refresh(version > 0))) { version = 0; await pause(1000); }
          }
        }
        let flushing = false;
        async function flush() {
          if (flushing) { return; }
          flushing = true;
          try { await sendWaiting(); } finally { flushing = false; }
        }
        async function sendWaiting() {
          let waiting = queue();
          while (waiting.length > 0) {
            const card = waiting[0];
            let answer;
            try {
              answer = await fetch("/api/cards", { method: "POST", credentials: "same-origin",
                headers: { "Content-Type": "application/json" }, body: JSON.stringify(card) });
            } catch (error) { say(t.offline(waiting.length)); return; }
            if (answer.status >= 500 || answer.status === 429) {
              const problem = await answer.json().catch(() => ({}));
              say((problem.error || "") + " – " + t.waiting(waiting.length));
              return;
            }
            if (!answer.ok) {
              const problem = await answer.json().catch(() => ({}));
              say(problem.error || String(answer.status));
            } else {
              say(t.sent);
            }
            waiting = queue().filter((c) => c.id !== card.id);
            keep(waiting);
          }
        }
        document.getElementById("card-form").addEventListener("submit", async (event) => {
          event.preventDefault();
          const text = document.getElementById("card-text");
          const column = document.querySelector("input[name=column]:checked").value;
          if (!text.value.trim()) { return; }
          if (editing) {
            if (await send("/api/cards/edit", { id: editing, text: text.value })) { endEdit(); say(t.sent); }
            return;
          }
          const id = Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
          keep(queue().concat([{ id, field, column, text: text.value }]));
          text.value = "";
          await flush();
        });
        document.getElementById("card-text").addEventListener("keydown", (event) => {
          if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); document.getElementById("card-form").requestSubmit(); }
        });
        document.getElementById("name-form").addEventListener("submit", async (event) => {
          event.preventDefault();
          const name = document.getElementById("name");
          const answer = await fetch("/api/name", { method: "POST", credentials: "same-origin",
            headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: name.value }) }).catch(() => null);
          if (answer && answer.ok) { const chosen = await answer.json(); name.value = chosen.name; say(t.name + ": " + chosen.name); }
        });
        follow();
        """
}
