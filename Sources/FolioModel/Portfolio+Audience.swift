extension Portfolio {
    /// Whether this build shows handoff pages: a client build leaves them out when
    /// `private:` names `handoffs`.
    package var showsHandoffs: Bool {
        !(audience.withholdsPrivate && settings.privateFields.pagesArePrivate(.handoffs))
    }
}
