<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>BulkDialog</name>
        <message>
            <source>Fill empty grades with a score</source>
            <translation>Remplir les notes vides avec des points</translation>
        </message>
        <message>
            <source>Add or subtract points</source>
            <translation>Ajouter ou retirer des points</translation>
        </message>
        <message>
            <source>Multiply scores</source>
            <translation>Multiplier les points</translation>
        </message>
        <message>
            <source>Rescale from another maximum, keeping percentages</source>
            <translation>Recalculer depuis un autre maximum, en conservant les pourcentages</translation>
        </message>
        <message>
            <source>Curve: shift so the mean reaches a target</source>
            <translation>Courbe : décaler pour que la moyenne atteigne une cible</translation>
        </message>
        <message>
            <source>Curve: shift so the top score reaches a target</source>
            <translation>Courbe : décaler pour que les points les plus élevés atteignent une cible</translation>
        </message>
        <message>
            <source>Clear grades</source>
            <translation>Effacer les notes</translation>
        </message>
        <message>
            <source>&amp;Score for empty grades:</source>
            <translation>&amp;Points pour les notes vides :</translation>
        </message>
        <message>
            <source>&amp;Points to add (−2 subtracts):</source>
            <translation>&amp;Points à ajouter (−2 retire) :</translation>
        </message>
        <message>
            <source>&amp;Multiply by:</source>
            <translation>&amp;Multiplier par :</translation>
        </message>
        <message>
            <source>&amp;Scores were out of:</source>
            <translation>Les points étaient &amp;sur :</translation>
        </message>
        <message>
            <source>&amp;Mean to reach:</source>
            <translation>&amp;Moyenne à atteindre :</translation>
        </message>
        <message>
            <source>&amp;Top score to reach:</source>
            <translation>&amp;Points les plus élevés à atteindre :</translation>
        </message>
        <message>
            <source>Fill empty grades with {value}</source>
            <translation>Remplir les notes vides avec {value}</translation>
        </message>
        <message>
            <source>Add {value} points</source>
            <translation>Ajouter {value} points</translation>
        </message>
        <message>
            <source>Subtract {value} points</source>
            <translation>Retirer {value} points</translation>
        </message>
        <message>
            <source>Multiply scores by {value}</source>
            <translation>Multiplier les points par {value}</translation>
        </message>
        <message>
            <source>Rescale from {value} to {maximum}</source>
            <translation>Recalculer de {value} à {maximum}</translation>
        </message>
        <message>
            <source>Curve: mean to {value}</source>
            <translation>Courbe : moyenne à {value}</translation>
        </message>
        <message>
            <source>Curve: top score to {value}</source>
            <translation>Courbe : points les plus élevés à {value}</translation>
        </message>
        <message>
            <source>{change} ({count} learner)</source>
            <translation>{change} ({count} apprenant)</translation>
        </message>
        <message numerus="yes">
            <source>{change} ({count} learners)</source>
            <translation>
                <numerusform>{change} ({count} apprenant)</numerusform>
                <numerusform>{change} ({count} apprenants)</numerusform>
            </translation>
        </message>
        <message>
            <source>Bulk change</source>
            <translation>Modification groupée</translation>
        </message>
        <message>
            <source>the only learner of the column</source>
            <translation>l'unique apprenant de la colonne</translation>
        </message>
        <message numerus="yes">
            <source>all {count} learners of the column</source>
            <translation>
                <numerusform>l'unique apprenant de la colonne ({count})</numerusform>
                <numerusform>les {count} apprenants de la colonne</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} selected learner</source>
            <translation>{count} apprenant sélectionné</translation>
        </message>
        <message numerus="yes">
            <source>{count} selected learners</source>
            <translation>
                <numerusform>{count} apprenant sélectionné</numerusform>
                <numerusform>{count} apprenants sélectionnés</numerusform>
            </translation>
        </message>
        <message>
            <source>{item}, scores out of {maximum}: {who}</source>
            <translation>{item}, points sur {maximum} : {who}</translation>
        </message>
        <message>
            <source>Grade column and learners</source>
            <translation>Colonne de notes et apprenants</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Value problem</source>
            <translation>Problème de valeur</translation>
        </message>
        <message>
            <source>&amp;Change:</source>
            <translation>&amp;Modification :</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Changes, old to new</source>
            <translation>Modifications, de l'ancien au nouveau</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Actuel</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Colonnes de l'aperçu</translation>
        </message>
        <message>
            <source>Scores before</source>
            <translation>Points avant</translation>
        </message>
        <message>
            <source>Scores after</source>
            <translation>Points après</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Saved on this computer as one change you can undo; nothing is sent to the LMS until you submit and confirm.</source>
            <translation>Enregistré sur cet ordinateur comme une seule modification que vous pouvez annuler ; rien n'est envoyé au LMS avant que vous ne soumettiez et confirmiez.</translation>
        </message>
        <message>
            <source>write one number</source>
            <translation>saisissez un seul nombre</translation>
        </message>
        <message>
            <source>Save {count} change</source>
            <translation>Enregistrer {count} modification</translation>
        </message>
        <message numerus="yes">
            <source>Save {count} changes</source>
            <translation>
                <numerusform>Enregistrer {count} modification</numerusform>
                <numerusform>Enregistrer {count} modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>not changed: {reason}</source>
            <translation>non modifié : {reason}</translation>
        </message>
        <message>
            <source>stopped at 0</source>
            <translation>arrêté à 0</translation>
        </message>
        <message>
            <source>above the maximum (extra credit)</source>
            <translation>au-dessus du maximum (points bonus)</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>Type the value to see what changes.</source>
            <translation>Saisissez la valeur pour voir ce qui change.</translation>
        </message>
        <message>
            <source>{count} learner changes.</source>
            <translation>{count} apprenant change.</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners change.</source>
            <translation>
                <numerusform>{count} apprenant change.</numerusform>
                <numerusform>{count} apprenants changent.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing changes: every grade already is what this would make it.</source>
            <translation>Rien ne change : chaque note a déjà la valeur que cette modification lui donnerait.</translation>
        </message>
        <message>
            <source>Every score moves by {points}.</source>
            <translation>Tous les points varient de {points}.</translation>
        </message>
        <message>
            <source>Mean {before} → {after}.</source>
            <translation>Moyenne {before} → {after}.</translation>
        </message>
        <message numerus="yes">
            <source>{count} above the maximum (extra credit).</source>
            <translation>
                <numerusform>{count} au-dessus du maximum (points bonus).</numerusform>
                <numerusform>{count} au-dessus du maximum (points bonus).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} stopped at 0.</source>
            <translation>
                <numerusform>{count} arrêté à 0.</numerusform>
                <numerusform>{count} arrêtés à 0.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} cannot change (see the list).</source>
            <translation>
                <numerusform>{count} ne peut pas changer (voir la liste).</numerusform>
                <numerusform>{count} ne peuvent pas changer (voir la liste).</numerusform>
            </translation>
        </message>
        <message>
            <source>When you submit, a score without a value is sent: the LMS then shows no grade. Comments are kept.</source>
            <translation>Lors de la soumission, des points sans valeur sont envoyés : le LMS n'affiche alors aucune note. Les commentaires sont conservés.</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <source>Score</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>The score on the line item's scale; the decimal sign is “{sign}”. Enter saves and moves down, Escape cancels.</source>
            <translation>Les points sur l'échelle de la colonne de notes ; le séparateur décimal est « {sign} ». Entrée enregistre et passe à la ligne suivante, Échap annule.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Enter saves and moves down, Escape cancels.</source>
            <translation>Entrée enregistre et passe à la ligne suivante, Échap annule.</translation>
        </message>
    </context>
    <context>
        <name>CellMark</name>
        <message>
            <source>saving on this computer…</source>
            <translation>enregistrement sur cet ordinateur…</translation>
        </message>
        <message>
            <source>saved on this computer, not sent</source>
            <translation>enregistrée sur cet ordinateur, non envoyée</translation>
        </message>
        <message>
            <source>being sent to the LMS</source>
            <translation>en cours d'envoi au LMS</translation>
        </message>
        <message>
            <source>the LMS shows this grade</source>
            <translation>le LMS affiche cette note</translation>
        </message>
        <message>
            <source>conflict: changed in the LMS after you edited it</source>
            <translation>conflit : modifiée dans le LMS après votre modification</translation>
        </message>
        <message>
            <source>failed: the LMS did not take it</source>
            <translation>échec : le LMS ne l'a pas acceptée</translation>
        </message>
    </context>
    <context>
        <name>CellTexts</name>
        <message>
            <source>(no comment)</source>
            <translation>(aucun commentaire)</translation>
        </message>
        <message>
            <source>was: {was}
now: {now}</source>
            <translation>avant : {was}
maintenant : {now}</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} sur {maximum}</translation>
        </message>
        <message>
            <source>{now}, edited, was {was}</source>
            <translation>{now}, modifiée, avant : {was}</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>aucun commentaire</translation>
        </message>
    </context>
    <context>
        <name>CommentBankDialog</name>
        <message>
            <source>This course</source>
            <translation>Ce cours</translation>
        </message>
        <message>
            <source>Every course</source>
            <translation>Tous les cours</translation>
        </message>
        <message>
            <source>Comment bank</source>
            <translation>Banque de commentaires</translation>
        </message>
        <message>
            <source>Saved comments</source>
            <translation>Commentaires enregistrés</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Saved comment columns</source>
            <translation>Colonnes des commentaires enregistrés</translation>
        </message>
        <message>
            <source>Typing {prefix} and the shortcut in a comment cell uses the comment</source>
            <translation>Saisir {prefix} suivi du raccourci dans une cellule de commentaire insère le commentaire</translation>
        </message>
        <message>
            <source>e.g. good</source>
            <translation>ex. bien</translation>
        </message>
        <message>
            <source>Whether the comment is offered in this course only or in every course</source>
            <translation>Indique si le commentaire est proposé dans ce cours uniquement ou dans tous les cours</translation>
        </message>
        <message>
            <source>Comment text</source>
            <translation>Texte du commentaire</translation>
        </message>
        <message>
            <source>Good work, {first_name}: {score} out of {maximum}.</source>
            <translation>Bon travail, {first_name} : {score} sur {maximum}.</translation>
        </message>
        <message>
            <source>Placeholders: {placeholders}. In the search box above, {prefix}shortcut finds a comment.</source>
            <translation>Variables : {placeholders}. Dans le champ de recherche ci-dessus, {prefix}raccourci trouve un commentaire.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>&amp;for</source>
            <translation>&amp;pour</translation>
        </message>
        <message>
            <source>&amp;Shortcut:</source>
            <translation>&amp;Raccourci :</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Commentaire :</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Add the comment</source>
            <translation>Ajouter le commentaire</translation>
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation>&amp;Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Save changes to the chosen comment</source>
            <translation>Enregistrer les modifications du commentaire choisi</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Remove the chosen comment</source>
            <translation>Supprimer le commentaire choisi</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import comments from a file</source>
            <translation>Importer des commentaires depuis un fichier</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Export the comments to a file</source>
            <translation>Exporter les commentaires dans un fichier</translation>
        </message>
        <message>
            <source>&amp;Give to {count} learner</source>
            <translation>&amp;Attribuer à {count} apprenant</translation>
        </message>
        <message>
            <source>Pick a comment for &lt;b&gt;{count} selected learner&lt;/b&gt;, or manage the saved comments.</source>
            <translation>Choisissez un commentaire pour &lt;b&gt;{count} apprenant sélectionné&lt;/b&gt;, ou gérez les commentaires enregistrés.</translation>
        </message>
        <message>
            <source>{count} comment exported to {file}.</source>
            <translation>{count} commentaire exporté dans {file}.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Give to {count} learners</source>
            <translation>
                <numerusform>&amp;Attribuer à {count} apprenant</numerusform>
                <numerusform>&amp;Attribuer à {count} apprenants</numerusform>
            </translation>
        </message>
        <message>
            <source>Find a comment</source>
            <translation>Rechercher un commentaire</translation>
        </message>
        <message>
            <source>Find by shortcut or text ({prefix}good)</source>
            <translation>Rechercher par raccourci ou par texte ({prefix}bien)</translation>
        </message>
        <message numerus="yes">
            <source>Pick a comment for &lt;b&gt;{count} selected learners&lt;/b&gt;, or manage the saved comments.</source>
            <translation>
                <numerusform>Choisissez un commentaire pour &lt;b&gt;{count} apprenant sélectionné&lt;/b&gt;, ou gérez les commentaires enregistrés.</numerusform>
                <numerusform>Choisissez un commentaire pour &lt;b&gt;{count} apprenants sélectionnés&lt;/b&gt;, ou gérez les commentaires enregistrés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}.</source>
            <translation>Impossible de lire {file} : {reason}.</translation>
        </message>
        <message>
            <source>Imported from {file}: {changed} added or changed, {kept} already there.</source>
            <translation>Importé depuis {file} : {changed} ajoutés ou modifiés, {kept} déjà présents.</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}.</source>
            <translation>Impossible d'écrire {file} : {reason}.</translation>
        </message>
        <message>
            <source>Not usable for {learner}: {problem}</source>
            <translation>Inutilisable pour {learner} : {problem}</translation>
        </message>
        <message>
            <source>For {learner}: {text}</source>
            <translation>Pour {learner} : {text}</translation>
        </message>
        <message>
            <source>Nothing was given: {problems}.</source>
            <translation>Rien n'a été attribué : {problems}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was given: {problems} (and {count} more).</source>
            <translation>
                <numerusform>Rien n'a été attribué : {problems} (et {count} autre).</numerusform>
                <numerusform>Rien n'a été attribué : {problems} (et {count} autres).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} comments exported to {file}.</source>
            <translation>
                <numerusform>{count} commentaire exporté dans {file}.</numerusform>
                <numerusform>{count} commentaires exportés dans {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Grades changed in the LMS</source>
            <translation>Notes modifiées dans le LMS</translation>
        </message>
        <message>
            <source>This grade in “{label}” changed in the LMS after you edited it, so it was not sent. Keep yours (it is sent and replaces the LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it waiting.</source>
            <translation>Cette note de « {label} » a été modifiée dans le LMS après votre modification, elle n'a donc pas été envoyée. Gardez la vôtre (elle est envoyée et remplace la note du LMS) ou prenez celle du LMS (votre modification est abandonnée). « Décider plus tard » la laisse en attente.</translation>
        </message>
        <message numerus="yes">
            <source>These {count} grades in “{label}” changed in the LMS after you edited them, so they were not sent. For each, keep yours (it is sent and replaces the LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it waiting.</source>
            <translation>
                <numerusform>{count} note de « {label} » a été modifiée dans le LMS après votre modification, elle n'a donc pas été envoyée. Pour chacune, gardez la vôtre (elle est envoyée et remplace la note du LMS) ou prenez celle du LMS (votre modification est abandonnée). « Décider plus tard » la laisse en attente.</numerusform>
                <numerusform>Ces {count} notes de « {label} » ont été modifiées dans le LMS après vos modifications, elles n'ont donc pas été envoyées. Pour chacune, gardez la vôtre (elle est envoyée et remplace la note du LMS) ou prenez celle du LMS (votre modification est abandonnée). « Décider plus tard » la laisse en attente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflicting grades</source>
            <translation>Notes en conflit</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Email or user ID</source>
            <translation>E-mail ou ID utilisateur</translation>
        </message>
        <message>
            <source>When you edited</source>
            <translation>Lors de votre modification</translation>
        </message>
        <message>
            <source>In the LMS now</source>
            <translation>Dans le LMS maintenant</translation>
        </message>
        <message>
            <source>Yours (out of {maximum})</source>
            <translation>La vôtre (sur {maximum})</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Conflict columns</source>
            <translation>Colonnes des conflits</translation>
        </message>
        <message>
            <source>LMS user ID: {id}</source>
            <translation>ID utilisateur LMS : {id}</translation>
        </message>
        <message>
            <source>Decision for {name} ({who})</source>
            <translation>Décision pour {name} ({who})</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Appliquer</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Garder toutes les &amp;miennes</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>Garder toutes les miennes</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Prendre toutes celles du &amp;LMS</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>Prendre toutes celles du LMS</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>{score}, comment left as it was</source>
            <translation>{score}, commentaire inchangé</translation>
        </message>
        <message>
            <source>Your edit left the comment as it was</source>
            <translation>Votre modification a laissé le commentaire inchangé</translation>
        </message>
        <message>
            <source>{score}, no comment</source>
            <translation>{score}, sans commentaire</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Aucun commentaire</translation>
        </message>
        <message>
            <source>{score}, “{comment}”</source>
            <translation>{score}, « {comment} »</translation>
        </message>
        <message>
            <source>Comment: {comment}</source>
            <translation>Commentaire : {comment}</translation>
        </message>
    </context>
    <context>
        <name>ConnectionController</name>
        <message>
            <source>Not connected. Choose File › Connections… to connect to your LTIAAS account, or start the app with --demo to try the built-in sandbox.</source>
            <translation>Non connecté. Choisissez Fichier › Connexions… pour vous connecter à votre compte LTIAAS, ou lancez l'application avec --demo pour essayer le bac à sable intégré.</translation>
        </message>
        <message>
            <source>There is no saved connection named “{name}”.</source>
            <translation>Il n'existe aucune connexion enregistrée nommée « {name} ».</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>The secrets of “{name}” are not on this computer any more ({where}). Paste them again.</source>
            <translation>Les secrets de « {name} » ne sont plus sur cet ordinateur ({where}). Collez-les de nouveau.</translation>
        </message>
        <message>
            <source>Reading the launch…</source>
            <translation>Lecture du lancement…</translation>
        </message>
        <message>
            <source>No service key was offered: the ltik lasts 24 hours, then launch the tool from the LMS again.</source>
            <translation>Aucune clé de service n'a été proposée : le ltik est valable 24 heures ; ensuite, lancez de nouveau l'outil depuis le LMS.</translation>
        </message>
        <message>
            <source>Not connected: the launch could not be read.</source>
            <translation>Non connecté : le lancement n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>Reading the launch (idtoken)</source>
            <translation>Lecture du lancement (idtoken)</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials. Press F5 to try again, or update the connection in File › Connections…</source>
            <translation>LTIAAS a refusé les identifiants. Appuyez sur F5 pour réessayer, ou mettez à jour la connexion dans Fichier › Connexions…</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Connections</source>
            <translation>Connexions</translation>
        </message>
        <message>
            <source>Saved connections</source>
            <translation>Connexions enregistrées</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Nouvelle connexion</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Supprimer la connexion</translation>
        </message>
        <message>
            <source>No saved connections yet: fill in the form to add one, or close this window and start the app with --demo to try the built-in sandbox.</source>
            <translation>Aucune connexion enregistrée pour l'instant : remplissez le formulaire pour en ajouter une, ou fermez cette fenêtre et lancez l'application avec --demo pour essayer le bac à sable intégré.</translation>
        </message>
        <message>
            <source>Saved connections:</source>
            <translation>Connexions enregistrées :</translation>
        </message>
        <message>
            <source>The API key comes from whoever runs your organisation's LTIAAS account. Paste it together with one ltik from a launch of this tool in your LMS: the app reads the launch, keeps the course's service key (which does not expire) and from then on works without another launch.</source>
            <translation>La clé API vous est fournie par la personne qui gère le compte LTIAAS de votre établissement. Collez-la avec un ltik issu d'un lancement de cet outil dans votre LMS : l'application lit le lancement, conserve la clé de service du cours (qui n'expire pas) et fonctionne ensuite sans nouveau lancement.</translation>
        </message>
        <message>
            <source>e.g. Biology 101</source>
            <translation>ex. Biologie 101</translation>
        </message>
        <message>
            <source>Connection name</source>
            <translation>Nom de la connexion</translation>
        </message>
        <message>
            <source>Connection name problem</source>
            <translation>Problème de nom de connexion</translation>
        </message>
        <message>
            <source>LTIAAS address</source>
            <translation>Adresse LTIAAS</translation>
        </message>
        <message>
            <source>LTIAAS address problem</source>
            <translation>Problème d'adresse LTIAAS</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <source>Credential kind</source>
            <translation>Type d'identifiant</translation>
        </message>
        <message>
            <source>ltik</source>
            <translation>ltik</translation>
        </message>
        <message>
            <source>Paste the ltik of a launch of the tool in the LMS</source>
            <translation>Collez le ltik d'un lancement de l'outil dans le LMS</translation>
        </message>
        <message>
            <source>Service key</source>
            <translation>Clé de service</translation>
        </message>
        <message>
            <source>Credentials problem</source>
            <translation>Problème d'identifiants</translation>
        </message>
        <message>
            <source>LMS family</source>
            <translation>Famille de LMS</translation>
        </message>
        <message>
            <source>Other or not known (standard LTI rules)</source>
            <translation>Autre ou inconnu (règles LTI standard)</translation>
        </message>
        <message>
            <source>Show secrets</source>
            <translation>Afficher les secrets</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>LTIAAS &amp;address:</source>
            <translation>A&amp;dresse LTIAAS :</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>Clé &amp;API :</translation>
        </message>
        <message>
            <source>Ne&amp;w</source>
            <translation>N&amp;ouvelle</translation>
        </message>
        <message>
            <source>Sign &amp;in with:</source>
            <translation>S'&amp;identifier avec :</translation>
        </message>
        <message>
            <source>&amp;ltik:</source>
            <translation>&amp;ltik :</translation>
        </message>
        <message>
            <source>Ser&amp;vice key:</source>
            <translation>Clé de ser&amp;vice :</translation>
        </message>
        <message>
            <source>L&amp;MS:</source>
            <translation>L&amp;MS :</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Résultat du test</translation>
        </message>
        <message>
            <source>Where secrets are kept</source>
            <translation>Emplacement des secrets</translation>
        </message>
        <message>
            <source>Keep secrets in a file only I can read instead ({file})</source>
            <translation>Conserver plutôt les secrets dans un fichier lisible par moi seul ({file})</translation>
        </message>
        <message>
            <source>Keep secrets in an owner-only file</source>
            <translation>Conserver les secrets dans un fichier réservé au propriétaire</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Secrets</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save this connection without opening it</source>
            <translation>Enregistrer cette connexion sans l'ouvrir</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Save this connection and open its course</source>
            <translation>Enregistrer cette connexion et ouvrir son cours</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Stored {place}; leave empty to keep it</source>
            <translation>Stocké {place} ; laissez vide pour le conserver</translation>
        </message>
        <message>
            <source>Paste the LTIAAS API key</source>
            <translation>Collez la clé API LTIAAS</translation>
        </message>
        <message>
            <source>Received from the ltik, or paste it</source>
            <translation>Reçue via le ltik, ou collez-la</translation>
        </message>
        <message>
            <source>Give the connection a name: letters, digits, spaces, dots, dashes or underscores, up to 64.</source>
            <translation>Donnez un nom à la connexion : lettres, chiffres, espaces, points, tirets ou traits de soulignement, 64 au maximum.</translation>
        </message>
        <message>
            <source>A connection named “{name}” already exists.</source>
            <translation>Une connexion nommée « {name} » existe déjà.</translation>
        </message>
        <message>
            <source>Enter your LTIAAS address, e.g. https://youraccount.ltiaas.com</source>
            <translation>Saisissez votre adresse LTIAAS, ex. https://youraccount.ltiaas.com</translation>
        </message>
        <message>
            <source>Paste the API key of your LTIAAS account.</source>
            <translation>Collez la clé API de votre compte LTIAAS.</translation>
        </message>
        <message>
            <source>Paste an ltik from a launch of the tool in the LMS.</source>
            <translation>Collez un ltik issu d'un lancement de l'outil dans le LMS.</translation>
        </message>
        <message>
            <source>Paste the course's service key.</source>
            <translation>Collez la clé de service du cours.</translation>
        </message>
        <message>
            <source>Paste an ltik or the service key.</source>
            <translation>Collez un ltik ou la clé de service.</translation>
        </message>
        <message>
            <source>{keyring} You chose to keep them in a file only you can read; it is not encrypted.</source>
            <translation>{keyring} Vous avez choisi de les conserver dans un fichier lisible par vous seul ; il n'est pas chiffré.</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Test de la connexion…</translation>
        </message>
        <message>
            <source>The test failed. {reason}</source>
            <translation>Le test a échoué. {reason}</translation>
        </message>
        <message>
            <source>The test failed because of an error in the app: {error}</source>
            <translation>Le test a échoué à cause d'une erreur dans l'application : {error}</translation>
        </message>
    </context>
    <context>
        <name>CourseCommands</name>
        <message>
            <source>Choose a grade cell of the Course view first.</source>
            <translation>Choisissez d'abord une cellule de note dans la vue Cours.</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>Modifier {item} de {name}</translation>
        </message>
        <message>
            <source>Edit {count} grade of {item}</source>
            <translation>Modifier {count} note de {item}</translation>
        </message>
        <message>
            <source>Open a connection first: comments are kept per course.</source>
            <translation>Ouvrez d'abord une connexion : les commentaires sont conservés par cours.</translation>
        </message>
        <message>
            <source>Comment for {name}</source>
            <translation>Commentaire pour {name}</translation>
        </message>
        <message>
            <source>Comment for {count} learner</source>
            <translation>Commentaire pour {count} apprenant</translation>
        </message>
        <message>
            <source>No grade is in conflict.</source>
            <translation>Aucune note n'est en conflit.</translation>
        </message>
        <message>
            <source>Reading the current grades…</source>
            <translation>Lecture des notes actuelles…</translation>
        </message>
        <message>
            <source>Reading the conflicting grades</source>
            <translation>Lecture des notes en conflit</translation>
        </message>
        <message numerus="yes">
            <source>Comment for {count} learners</source>
            <translation>
                <numerusform>Commentaire pour {count} apprenant</numerusform>
                <numerusform>Commentaire pour {count} apprenants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit {count} grades of {item}</source>
            <translation>
                <numerusform>Modifier {count} note de {item}</numerusform>
                <numerusform>Modifier {count} notes de {item}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseController</name>
        <message>
            <source>Open a connection first.</source>
            <translation>Ouvrez d'abord une connexion.</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>La modification n'a pas été enregistrée</translation>
        </message>
        <message>
            <source>{action} failed on this computer: {reason}. The table shows what is saved; nothing was sent to the LMS.</source>
            <translation>{action} : échec sur cet ordinateur : {reason}. Le tableau montre ce qui est enregistré ; rien n'a été envoyé au LMS.</translation>
        </message>
        <message>
            <source>Wait a moment: the last change is being saved.</source>
            <translation>Patientez un instant : la dernière modification est en cours d'enregistrement.</translation>
        </message>
        <message>
            <source>“{operation}” cannot be undone here: “{item}” was changed in the column view since. Undo it there.</source>
            <translation>« {operation} » ne peut pas être annulé ici : « {item} » a été modifié depuis dans la vue Colonne. Annulez-le là-bas.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Reading the saved changes</source>
            <translation>Lecture des modifications enregistrées</translation>
        </message>
    </context>
    <context>
        <name>CourseEdits</name>
        <message>
            <source>Nothing was pasted: {count} row does not fit below the chosen learner.</source>
            <translation>Rien n'a été collé : {count} ligne ne tient pas sous l'apprenant choisi.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} rows do not fit below the chosen learner.</source>
            <translation>
                <numerusform>Rien n'a été collé : {count} ligne ne tient pas sous l'apprenant choisi.</numerusform>
                <numerusform>Rien n'a été collé : {count} lignes ne tiennent pas sous l'apprenant choisi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {count} column does not fit right of the chosen cell.</source>
            <translation>Rien n'a été collé : {count} colonne ne tient pas à droite de la cellule choisie.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} columns do not fit right of the chosen cell.</source>
            <translation>
                <numerusform>Rien n'a été collé : {count} colonne ne tient pas à droite de la cellule choisie.</numerusform>
                <numerusform>Rien n'a été collé : {count} colonnes ne tiennent pas à droite de la cellule choisie.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, {item}: {problem}</source>
            <translation>{name}, {item} : {problem}</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>Modifier {item} de {name}</translation>
        </message>
        <message>
            <source>Paste {count} score</source>
            <translation>Coller {count} valeur de points</translation>
        </message>
        <message numerus="yes">
            <source>Paste {count} scores</source>
            <translation>
                <numerusform>Coller {count} valeur de points</numerusform>
                <numerusform>Coller {count} valeurs de points</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem}.</source>
            <translation>{problem}.</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and {count} more).</source>
            <translation>
                <numerusform>{problem} (et {count} autre).</numerusform>
                <numerusform>{problem} (et {count} autres).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {problem}.</source>
            <translation>Rien n'a été collé : {problem}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {problem} (and {count} more).</source>
            <translation>
                <numerusform>Rien n'a été collé : {problem} (et {count} autre).</numerusform>
                <numerusform>Rien n'a été collé : {problem} (et {count} autres).</numerusform>
            </translation>
        </message>
        <message>
            <source>type the points out of {maximum}, shown under the column's label</source>
            <translation>saisissez les points sur {maximum}, indiqué sous le libellé de la colonne</translation>
        </message>
        <message>
            <source>{user} is not in this course.</source>
            <translation>{user} n'est pas dans ce cours.</translation>
        </message>
        <message>
            <source>No grade to clear: the cells chosen have none.</source>
            <translation>Aucune note à effacer : les cellules choisies n'en ont pas.</translation>
        </message>
        <message>
            <source>Clear {item} of {name}</source>
            <translation>Effacer {item} de {name}</translation>
        </message>
        <message>
            <source>Clear {count} grade of {item}</source>
            <translation>Effacer {count} note de {item}</translation>
        </message>
        <message numerus="yes">
            <source>Clear {count} grades of {item}</source>
            <translation>
                <numerusform>Effacer {count} note de {item}</numerusform>
                <numerusform>Effacer {count} notes de {item}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseLoading</name>
        <message>
            <source>{count} learner</source>
            <translation>{count} apprenant</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} apprenant</numerusform>
                <numerusform>{count} apprenants</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} colonne de notes</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} colonne de notes</numerusform>
                <numerusform>{count} colonnes de notes</numerusform>
            </translation>
        </message>
        <message>
            <source>The course is loaded: {learners}, {columns}.</source>
            <translation>Le cours est chargé : {learners}, {columns}.</translation>
        </message>
        <message>
            <source>Loading the course</source>
            <translation>Chargement du cours</translation>
        </message>
        <message>
            <source>Opening the grades kept on this computer</source>
            <translation>Ouverture des notes conservées sur cet ordinateur</translation>
        </message>
        <message>
            <source>The LMS cannot be reached and no grades of this course were downloaded on this computer yet.</source>
            <translation>Le LMS est injoignable et aucune note de ce cours n'a encore été téléchargée sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>CourseModel</name>
        <message>
            <source>Learner</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Sorted by family name or given name (the menu beside the filter)</source>
            <translation>Trié par nom de famille ou par prénom (le menu à côté du filtre)</translation>
        </message>
        <message>
            <source>{label}: out of {maximum}</source>
            <translation>{label} : sur {maximum}</translation>
        </message>
        <message>
            <source>{label}: out of {maximum} (loading…)</source>
            <translation>{label} : sur {maximum} (chargement…)</translation>
        </message>
        <message>
            <source>Offline: downloaded {when}</source>
            <translation>Hors ligne : téléchargé {when}</translation>
        </message>
        <message>
            <source>{name} (not active)</source>
            <translation>{name} (inactif)</translation>
        </message>
        <message>
            <source>{name} — {item}</source>
            <translation>{name} — {item}</translation>
        </message>
        <message>
            <source>In the LMS: no grade</source>
            <translation>Dans le LMS : aucune note</translation>
        </message>
        <message>
            <source>In the LMS: {score}</source>
            <translation>Dans le LMS : {score}</translation>
        </message>
        <message>
            <source>Yours: {mark} ({reason})</source>
            <translation>La vôtre : {mark} ({reason})</translation>
        </message>
        <message>
            <source>Yours: {mark}</source>
            <translation>La vôtre : {mark}</translation>
        </message>
        <message>
            <source>Not on the course roster: this grade cannot be changed here.</source>
            <translation>Absent de la liste des inscrits du cours : cette note ne peut pas être modifiée ici.</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>ID utilisateur LMS : {user_id}</translation>
        </message>
        <message>
            <source>Not on the course roster</source>
            <translation>Absent de la liste des inscrits du cours</translation>
        </message>
        <message>
            <source>{reason}: grades are not sent</source>
            <translation>{reason} : les notes ne sont pas envoyées</translation>
        </message>
        <message>
            <source>“{item}” is still loading</source>
            <translation>« {item} » est encore en cours de chargement</translation>
        </message>
        <message>
            <source>{name} is not on the course roster: their grade cannot be changed here</source>
            <translation>{name} n'est pas dans la liste des inscrits du cours : sa note ne peut pas être modifiée ici</translation>
        </message>
    </context>
    <context>
        <name>CourseSubmit</name>
        <message>
            <source>Load the course first.</source>
            <translation>Chargez d'abord le cours.</translation>
        </message>
        <message>
            <source>Grades are being sent: wait for the current run.</source>
            <translation>Des notes sont en cours d'envoi : attendez la fin de l'envoi en cours.</translation>
        </message>
        <message>
            <source>Reading the changes to send</source>
            <translation>Lecture des modifications à envoyer</translation>
        </message>
        <message>
            <source>Nothing to send: there are no unsent changes.</source>
            <translation>Rien à envoyer : il n'y a aucune modification non envoyée.</translation>
        </message>
        <message>
            <source>Queueing the grades</source>
            <translation>Mise en file d'attente des notes</translation>
        </message>
    </context>
    <context>
        <name>CourseTable</name>
        <message>
            <source>Grade columns</source>
            <translation>Colonnes de notes</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item</source>
            <translation>La note de chaque apprenant dans chaque colonne de notes</translation>
        </message>
        <message>
            <source>Learner column</source>
            <translation>Colonne des apprenants</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Apprenants</translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Filtrer par nom, ID ou e-mail</translation>
        </message>
        <message>
            <source>Filter learners</source>
            <translation>Filtrer les apprenants</translation>
        </message>
        <message>
            <source>Names sort by</source>
            <translation>Trier les noms par</translation>
        </message>
        <message>
            <source>Family name first</source>
            <translation>Nom de famille d'abord</translation>
        </message>
        <message>
            <source>Given name first</source>
            <translation>Prénom d'abord</translation>
        </message>
        <message>
            <source>Loa&amp;d the course</source>
            <translation>C&amp;harger le cours</translation>
        </message>
        <message>
            <source>Read every learner's grade in every line item from the LMS</source>
            <translation>Lire depuis le LMS la note de chaque apprenant dans chaque colonne de notes</translation>
        </message>
        <message>
            <source>Loading the course</source>
            <translation>Chargement du cours</translation>
        </message>
        <message>
            <source>%v of %m lists</source>
            <translation>%v listes sur %m</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop loading; what has arrived stays shown</source>
            <translation>Arrêter le chargement ; ce qui est déjà arrivé reste affiché</translation>
        </message>
        <message>
            <source>Learners shown</source>
            <translation>Apprenants affichés</translation>
        </message>
        <message>
            <source>What the marks mean</source>
            <translation>Signification des marques</translation>
        </message>
        <message>
            <source>Reload the course from the LMS</source>
            <translation>Recharger le cours depuis le LMS</translation>
        </message>
        <message>
            <source>&amp;Paste scores</source>
            <translation>Coller &amp;des points</translation>
        </message>
        <message>
            <source>Cop&amp;y cells</source>
            <translation>Co&amp;pier les cellules</translation>
        </message>
        <message>
            <source>Le&amp;arner view…</source>
            <translation>Vue Apprenan&amp;t…</translation>
        </message>
        <message>
            <source>Reloa&amp;d</source>
            <translation>Rec&amp;harger</translation>
        </message>
        <message>
            <source>Every line item of the chosen learner, one form (Ctrl+Shift+L, or Enter on a name)</source>
            <translation>Toutes les colonnes de notes de l'apprenant choisi, dans un seul formulaire (Ctrl+Maj+L, ou Entrée sur un nom)</translation>
        </message>
        <message>
            <source>{count} learner</source>
            <translation>{count} apprenant</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} apprenant</numerusform>
                <numerusform>{count} apprenants</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {count} learner shown</source>
            <translation>{shown} apprenant affiché sur {count}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {count} learners shown</source>
            <translation>
                <numerusform>{shown} apprenant affiché sur {count}</numerusform>
                <numerusform>{shown} apprenants affichés sur {count}</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} line item ({loaded} loaded)</source>
            <translation>{count} colonne de notes ({loaded} chargée)</translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} colonne de notes</translation>
        </message>
        <message>
            <source>{learners} · {columns}</source>
            <translation>{learners} · {columns}</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} colonne de notes</numerusform>
                <numerusform>{count} colonnes de notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} line items ({loaded} loaded)</source>
            <translation>
                <numerusform>{count} colonne de notes ({loaded} chargées)</numerusform>
                <numerusform>{count} colonnes de notes ({loaded} chargées)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CredentialPrompt</name>
        <message>
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials of {connection} ({reason}).</source>
            <translation>LTIAAS a refusé les identifiants de {connection} ({reason}).</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials of {connection}.</source>
            <translation>LTIAAS a refusé les identifiants de {connection}.</translation>
        </message>
        <message>
            <source>{refused} An ltik expires 24 hours after the launch it came from.

Launch the tool from the LMS again and paste the new ltik, or paste the course's service key. Everything loaded stays as it is; the refused request is sent again.</source>
            <translation>{refused} Un ltik expire 24 heures après le lancement dont il provient.

Lancez de nouveau l'outil depuis le LMS et collez le nouveau ltik, ou collez la clé de service du cours. Tout ce qui est chargé reste tel quel ; la requête refusée est renvoyée.</translation>
        </message>
        <message>
            <source>A new ltik from a launch</source>
            <translation>Un nouveau ltik issu d'un lancement</translation>
        </message>
        <message>
            <source>The course's service key</source>
            <translation>La clé de service du cours</translation>
        </message>
        <message>
            <source>Credential kind</source>
            <translation>Type d'identifiant</translation>
        </message>
        <message>
            <source>New credential</source>
            <translation>Nouvel identifiant</translation>
        </message>
        <message>
            <source>Paste it here</source>
            <translation>Collez-le ici</translation>
        </message>
        <message>
            <source>New API key</source>
            <translation>Nouvelle clé API</translation>
        </message>
        <message>
            <source>Leave empty to keep the current API key</source>
            <translation>Laissez vide pour conserver la clé API actuelle</translation>
        </message>
        <message>
            <source>&amp;Paste:</source>
            <translation>&amp;Coller :</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valeur :</translation>
        </message>
        <message>
            <source>&amp;API key:</source>
            <translation>Clé &amp;API :</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo course</source>
            <translation>Cours de démonstration</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Select a learner to see the data the LMS holds for them.</source>
            <translation>Sélectionnez un apprenant pour voir les données que le LMS détient à son sujet.</translation>
        </message>
        <message>
            <source>Learner shown</source>
            <translation>Apprenant affiché</translation>
        </message>
        <message>
            <source>Raw data of the selected learner</source>
            <translation>Données brutes de l'apprenant sélectionné</translation>
        </message>
        <message>
            <source>The result and roster entry the LMS sent, as JSON</source>
            <translation>Le résultat et l'entrée de la liste des inscrits envoyés par le LMS, au format JSON</translation>
        </message>
        <message>
            <source>Copy &amp;JSON</source>
            <translation>Copier le &amp;JSON</translation>
        </message>
        <message>
            <source>Copy raw data</source>
            <translation>Copier les données brutes</translation>
        </message>
        <message>
            <source>Copy this data to the clipboard, for a support request</source>
            <translation>Copier ces données dans le presse-papiers, pour une demande d'assistance</translation>
        </message>
        <message>
            <source>No learner selected</source>
            <translation>Aucun apprenant sélectionné</translation>
        </message>
        <message>
            <source>{user_id} (not on the roster)</source>
            <translation>{user_id} (absent de la liste des inscrits)</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <source>Reading the saved changes</source>
            <translation>Lecture des modifications enregistrées</translation>
        </message>
        <message>
            <source>Saving “{operation}”</source>
            <translation>Enregistrement de « {operation} »</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Revert {count} edit</source>
            <translation>Annuler {count} modification</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>La modification n'a pas été enregistrée</translation>
        </message>
        <message>
            <source>{action} failed on this computer: {reason}. The table shows what is saved; nothing was sent to the LMS.</source>
            <translation>{action} : échec sur cet ordinateur : {reason}. Le tableau montre ce qui est enregistré ; rien n'a été envoyé au LMS.</translation>
        </message>
        <message numerus="yes">
            <source>Revert {count} edits</source>
            <translation>
                <numerusform>Annuler {count} modification</numerusform>
                <numerusform>Annuler {count} modifications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditingCommands</name>
        <message>
            <source>Reading the comment bank</source>
            <translation>Lecture de la banque de commentaires</translation>
        </message>
        <message>
            <source>This learner is not on the course roster: their grade cannot be changed here.</source>
            <translation>Cet apprenant n'est pas dans la liste des inscrits du cours : sa note ne peut pas être modifiée ici.</translation>
        </message>
        <message>
            <source>Edit grade of {name}</source>
            <translation>Modifier la note de {name}</translation>
        </message>
        <message>
            <source>Edit grades of {count} learner</source>
            <translation>Modifier la note de {count} apprenant</translation>
        </message>
        <message>
            <source>Select the learners whose changes to drop first.</source>
            <translation>Sélectionnez d'abord les apprenants dont les modifications doivent être abandonnées.</translation>
        </message>
        <message>
            <source>Open a connection first: comments are kept per course.</source>
            <translation>Ouvrez d'abord une connexion : les commentaires sont conservés par cours.</translation>
        </message>
        <message>
            <source>Comment for {count} learner</source>
            <translation>Commentaire pour {count} apprenant</translation>
        </message>
        <message numerus="yes">
            <source>Comment for {count} learners</source>
            <translation>
                <numerusform>Commentaire pour {count} apprenant</numerusform>
                <numerusform>Commentaire pour {count} apprenants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit grades of {count} learners</source>
            <translation>
                <numerusform>Modifier la note de {count} apprenant</numerusform>
                <numerusform>Modifier les notes de {count} apprenants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export “{label}”</source>
            <translation>Exporter « {label} »</translation>
        </message>
        <message>
            <source>The file holds each learner's score and comment as they are now, with a copy of both (base_score, base_comment). Fill it in and import it again: a grade changed in the LMS in the meantime is pointed out instead of overwritten.</source>
            <translation>Le fichier contient les points et le commentaire actuels de chaque apprenant, avec une copie des deux (base_score, base_comment). Complétez-le et importez-le à nouveau : une note modifiée entre-temps dans le LMS est signalée au lieu d'être écrasée.</translation>
        </message>
        <message>
            <source>&amp;CSV (opens in any spreadsheet program)</source>
            <translation>&amp;CSV (s'ouvre dans tout tableur)</translation>
        </message>
        <message>
            <source>CSV format</source>
            <translation>Format CSV</translation>
        </message>
        <message>
            <source>E&amp;xcel workbook (.xlsx)</source>
            <translation>Classeur E&amp;xcel (.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook format</source>
            <translation>Format classeur Excel</translation>
        </message>
        <message>
            <source>&amp;All ({count} learner)</source>
            <translation>&amp;Tous ({count} apprenant)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;All {count} learners</source>
            <translation>
                <numerusform>&amp;Tous ({count} apprenant)</numerusform>
                <numerusform>&amp;Tous ({count} apprenants)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export all learners</source>
            <translation>Exporter tous les apprenants</translation>
        </message>
        <message>
            <source>Only the {count} learner shown &amp;now (the table's filter)</source>
            <translation>Seulement les apprenants affichés &amp;maintenant ({count} apprenant, selon le filtre du tableau)</translation>
        </message>
        <message numerus="yes">
            <source>Only the {count} learners shown &amp;now (the table's filter)</source>
            <translation>
                <numerusform>Seulement les apprenants affichés &amp;maintenant ({count} apprenant, selon le filtre du tableau)</numerusform>
                <numerusform>Seulement les apprenants affichés &amp;maintenant ({count} apprenants, selon le filtre du tableau)</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the learners shown now (no filter is on: that is everyone)</source>
            <translation>Seulement les apprenants affichés maintenant (aucun filtre actif : c'est-à-dire tout le monde)</translation>
        </message>
        <message>
            <source>Export only the learners shown</source>
            <translation>Exporter seulement les apprenants affichés</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Fichier à écrire</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Choose the file to write</source>
            <translation>Choisir le fichier à écrire</translation>
        </message>
        <message>
            <source>About the file</source>
            <translation>À propos du fichier</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Lignes :</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Choisissez le fichier à écrire.</translation>
        </message>
        <message>
            <source>The file name must end in {suffix}.</source>
            <translation>Le nom du fichier doit se terminer par {suffix}.</translation>
        </message>
        <message>
            <source>{path} is a folder: add a file name.</source>
            <translation>{path} est un dossier : ajoutez un nom de fichier.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>A file with this name exists: it will be replaced.</source>
            <translation>Un fichier portant ce nom existe : il sera remplacé.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Choisir la feuille de calcul</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one row per student: a file exported by this app and filled in, or any sheet with user IDs, emails or names.</source>
            <translation>Un fichier CSV ou Excel (.xlsx) avec une ligne par apprenant : un fichier exporté par cette application puis complété, ou toute feuille contenant des ID utilisateur, des adresses e-mail ou des noms.</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Aucun fichier choisi pour l'instant</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Fichier de feuille de calcul</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Choisir un fichier…</translation>
        </message>
        <message>
            <source>Choose the spreadsheet file</source>
            <translation>Choisir le fichier de feuille de calcul</translation>
        </message>
        <message>
            <source>&amp;Read the file again</source>
            <translation>&amp;Relire le fichier</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Relire le fichier</translation>
        </message>
        <message>
            <source>After fixing the file in a spreadsheet, read it again</source>
            <translation>Après avoir corrigé le fichier dans un tableur, relisez-le</translation>
        </message>
        <message>
            <source>How the file was read</source>
            <translation>Comment le fichier a été lu</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problème avec le fichier</translation>
        </message>
        <message>
            <source>{count} row</source>
            <translation>{count} ligne</translation>
        </message>
        <message numerus="yes">
            <source>{count} rows</source>
            <translation>
                <numerusform>{count} ligne</numerusform>
                <numerusform>{count} lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} column</source>
            <translation>{count} colonne</translation>
        </message>
        <message numerus="yes">
            <source>{count} columns</source>
            <translation>
                <numerusform>{count} colonne</numerusform>
                <numerusform>{count} colonnes</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {description}: {rows} below the header, {columns} ({names}).</source>
            <translation>Lu comme {description} : {rows} sous l'en-tête, {columns} ({names}).</translation>
        </message>
        <message>
            <source>This file cannot be imported.
{problem}
{advice}</source>
            <translation>Ce fichier ne peut pas être importé.
{problem}
{advice}</translation>
        </message>
    </context>
    <context>
        <name>FilesController</name>
        <message>
            <source>Pruning the history</source>
            <translation>Nettoyage de l'historique</translation>
        </message>
        <message>
            <source>Nothing to import: no row changes a grade.</source>
            <translation>Rien à importer : aucune ligne ne modifie une note.</translation>
        </message>
        <message>
            <source>Import {count} grade</source>
            <translation>Importer {count} note</translation>
        </message>
        <message numerus="yes">
            <source>Import {count} grades</source>
            <translation>
                <numerusform>Importer {count} note</numerusform>
                <numerusform>Importer {count} notes</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade imported as an unsent change. Check it in the table, then Grades › Submit (Ctrl+S) sends it.</source>
            <translation>{count} note importée comme modification non envoyée. Vérifiez-la dans le tableau, puis Notes › Soumettre (Ctrl+S) l'envoie.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades imported as unsent changes. Check them in the table, then Grades › Submit (Ctrl+S) sends them.</source>
            <translation>
                <numerusform>{count} note importée comme modification non envoyée. Vérifiez-la dans le tableau, puis Notes › Soumettre (Ctrl+S) l'envoie.</numerusform>
                <numerusform>{count} notes importées comme modifications non envoyées. Vérifiez-les dans le tableau, puis Notes › Soumettre (Ctrl+S) les envoie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a grade column first.</source>
            <translation>Choisissez d'abord une colonne de notes.</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Export vers {file}…</translation>
        </message>
        <message>
            <source>Exporting the grades</source>
            <translation>Export des notes</translation>
        </message>
        <message>
            <source>Exported {count} learner to {path}.</source>
            <translation>{count} apprenant exporté vers {path}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported {count} learners to {path}.</source>
            <translation>
                <numerusform>{count} apprenant exporté vers {path}.</numerusform>
                <numerusform>{count} apprenants exportés vers {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported, with warnings</source>
            <translation>Exporté, avec des avertissements</translation>
        </message>
        <message>
            <source>Open a connection first.</source>
            <translation>Ouvrez d'abord une connexion.</translation>
        </message>
        <message>
            <source>Reading the local data</source>
            <translation>Lecture des données locales</translation>
        </message>
        <message>
            <source>Removing the local data</source>
            <translation>Suppression des données locales</translation>
        </message>
        <message>
            <source>Removed what was kept for the grade column.</source>
            <translation>Ce qui était conservé pour la colonne de notes a été supprimé.</translation>
        </message>
        <message>
            <source>Removed what was kept for the connection.</source>
            <translation>Ce qui était conservé pour la connexion a été supprimé.</translation>
        </message>
    </context>
    <context>
        <name>GradeEditRequests</name>
        <message>
            <source>Edit score of {learner}</source>
            <translation>Modifier les points de {learner}</translation>
        </message>
        <message>
            <source>{learner} has no score: give a score first, then the comment.</source>
            <translation>{learner} n'a pas de points : saisissez d'abord les points, puis le commentaire.</translation>
        </message>
        <message>
            <source>Edit comment of {learner}</source>
            <translation>Modifier le commentaire de {learner}</translation>
        </message>
        <message>
            <source>A score is a number of 0 or more.</source>
            <translation>Les points sont un nombre supérieur ou égal à 0.</translation>
        </message>
        <message>
            <source>Set score for {count} learner</source>
            <translation>Définir les points de {count} apprenant</translation>
        </message>
        <message>
            <source>Nothing was pasted: {scores} scores do not fit {count} learner.</source>
            <translation>Rien n'a été collé : {scores} valeurs de points ne correspondent pas à {count} apprenant.</translation>
        </message>
        <message>
            <source>Paste {count} score</source>
            <translation>Coller {count} valeur de points</translation>
        </message>
        <message>
            <source>Clear grade of {count} learner</source>
            <translation>Effacer la note de {count} apprenant</translation>
        </message>
        <message>
            <source>row {row} ({learner}): {problem}</source>
            <translation>ligne {row} ({learner}) : {problem}</translation>
        </message>
        <message>
            <source>Nothing was pasted: {problem}.</source>
            <translation>Rien n'a été collé : {problem}.</translation>
        </message>
        <message>
            <source>No grade to clear: the learners chosen have none.</source>
            <translation>Aucune note à effacer : les apprenants choisis n'en ont pas.</translation>
        </message>
        <message>
            <source>{user_id} is not in this table.</source>
            <translation>{user_id} n'est pas dans ce tableau.</translation>
        </message>
        <message numerus="yes">
            <source>Clear grade of {count} learners</source>
            <translation>
                <numerusform>Effacer la note de {count} apprenant</numerusform>
                <numerusform>Effacer la note de {count} apprenants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {problem} (and {count} more).</source>
            <translation>
                <numerusform>Rien n'a été collé : {problem} (et {count} autre).</numerusform>
                <numerusform>Rien n'a été collé : {problem} (et {count} autres).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {scores} scores do not fit {count} learners.</source>
            <translation>
                <numerusform>Rien n'a été collé : {scores} valeurs de points ne correspondent pas à {count} apprenant.</numerusform>
                <numerusform>Rien n'a été collé : {scores} valeurs de points ne correspondent pas à {count} apprenants.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste {count} scores</source>
            <translation>
                <numerusform>Coller {count} valeur de points</numerusform>
                <numerusform>Coller {count} valeurs de points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set score for {count} learners</source>
            <translation>
                <numerusform>Définir les points de {count} apprenant</numerusform>
                <numerusform>Définir les points de {count} apprenants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <source>Score histogram</source>
            <translation>Histogramme des points</translation>
        </message>
        <message>
            <source>No grades yet</source>
            <translation>Aucune note pour l'instant</translation>
        </message>
        <message>
            <source>above</source>
            <translation>au-dessus</translation>
        </message>
        <message>
            <source>above {low}</source>
            <translation>au-dessus de {low}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>de {low} à {high}</translation>
        </message>
        <message>
            <source>{scores}: {learners}</source>
            <translation>{scores} : {learners}</translation>
        </message>
        <message>
            <source>Scores: {bins}</source>
            <translation>Points : {bins}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Line item</source>
            <translation>Colonne de notes</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Score (old → new)</source>
            <translation>Points (ancien → nouveau)</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}; profile: {profile}</source>
            <translation>ID utilisateur LMS : {user_id} ; profil : {profile}</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>ID utilisateur LMS : {user_id}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Line item shown</source>
            <translation>Colonne de notes affichée</translation>
        </message>
        <message>
            <source>Show what was sent for one line item, or for all of them</source>
            <translation>Afficher ce qui a été envoyé pour une colonne de notes, ou pour toutes</translation>
        </message>
        <message>
            <source>All line items</source>
            <translation>Toutes les colonnes de notes</translation>
        </message>
        <message>
            <source>History status</source>
            <translation>État de l'historique</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Actuali&amp;ser</translation>
        </message>
        <message>
            <source>Refresh the history</source>
            <translation>Actualiser l'historique</translation>
        </message>
        <message>
            <source>Copy the history</source>
            <translation>Copier l'historique</translation>
        </message>
        <message>
            <source>Copy the selected rows (or all of them) as text</source>
            <translation>Copier les lignes sélectionnées (ou toutes) sous forme de texte</translation>
        </message>
        <message>
            <source>Export the history to CSV</source>
            <translation>Exporter l'historique en CSV</translation>
        </message>
        <message>
            <source>Save the rows shown as a CSV file, e.g. for support</source>
            <translation>Enregistrer les lignes affichées dans un fichier CSV, par ex. pour l'assistance</translation>
        </message>
        <message>
            <source>Submission history</source>
            <translation>Historique des envois</translation>
        </message>
        <message>
            <source>What was sent, newest first; a column's header sorts by it</source>
            <translation>Ce qui a été envoyé, du plus récent au plus ancien ; l'en-tête d'une colonne trie selon celle-ci</translation>
        </message>
        <message>
            <source>History columns</source>
            <translation>Colonnes de l'historique</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>No grades have been sent yet.</source>
            <translation>Aucune note n'a encore été envoyée.</translation>
        </message>
        <message numerus="yes">
            <source>The newest {count} entries</source>
            <translation>
                <numerusform>La dernière entrée ({count})</numerusform>
                <numerusform>Les {count} entrées les plus récentes</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} entry</source>
            <translation>{count} entrée</translation>
        </message>
        <message>
            <source>Exporting the history</source>
            <translation>Export de l'historique</translation>
        </message>
        <message numerus="yes">
            <source>{count} entries</source>
            <translation>
                <numerusform>{count} entrée</numerusform>
                <numerusform>{count} entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Affiche&amp;r :</translation>
        </message>
        <message>
            <source>Copy ta&amp;ble</source>
            <translation>Copier le ta&amp;bleau</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>The history could not be read.</source>
            <translation>L'historique n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>Reading the submission history</source>
            <translation>Lecture de l'historique des envois</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Export vers {file}…</translation>
        </message>
        <message>
            <source>Exported {count} entry to {file}.</source>
            <translation>{count} entrée exportée dans {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported {count} entries to {file}.</source>
            <translation>
                <numerusform>{count} entrée exportée dans {file}.</numerusform>
                <numerusform>{count} entrées exportées dans {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed.</source>
            <translation>L'export a échoué.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import grades into “{label}”</source>
            <translation>Importer des notes dans « {label} »</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Lecture de {file}…</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Vérification de chaque ligne…</translation>
        </message>
    </context>
    <context>
        <name>LearnerView</name>
        <message>
            <source>saving</source>
            <translation>enregistrement</translation>
        </message>
        <message>
            <source>unsent</source>
            <translation>non envoyée</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>envoi</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>vérifiée</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflit</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>{name}, {item}: {problem}.</source>
            <translation>{name}, {item} : {problem}.</translation>
        </message>
        <message>
            <source>Learner view</source>
            <translation>Vue Apprenant</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Learner details</source>
            <translation>Détails de l'apprenant</translation>
        </message>
        <message>
            <source>Position in the course view</source>
            <translation>Position dans la vue Cours</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Précédent</translation>
        </message>
        <message>
            <source>The learner above in the Course view (Alt+Left, PgUp)</source>
            <translation>L'apprenant au-dessus dans la vue Cours (Alt+Gauche, Pg préc)</translation>
        </message>
        <message>
            <source>Previous learner</source>
            <translation>Apprenant précédent</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Suivant ▶</translation>
        </message>
        <message>
            <source>The learner below in the Course view (Alt+Right, PgDown)</source>
            <translation>L'apprenant en dessous dans la vue Cours (Alt+Droite, Pg suiv)</translation>
        </message>
        <message>
            <source>Next learner</source>
            <translation>Apprenant suivant</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Undo “{operation}”</source>
            <translation>Annuler « {operation} »</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>Line item</source>
            <translation>Colonne de notes</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Out of</source>
            <translation>Sur</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>{item} maximum</source>
            <translation>Maximum de {item}</translation>
        </message>
        <message>
            <source>no learner</source>
            <translation>aucun apprenant</translation>
        </message>
        <message>
            <source>{item} score for {name}</source>
            <translation>Points de {item} pour {name}</translation>
        </message>
        <message>
            <source>{item} state for {name}</source>
            <translation>État de {item} pour {name}</translation>
        </message>
        <message>
            <source>{item} comment for {name}</source>
            <translation>Commentaire de {item} pour {name}</translation>
        </message>
        <message>
            <source>No learner</source>
            <translation>Aucun apprenant</translation>
        </message>
        <message>
            <source>Learner view: {name}</source>
            <translation>Vue Apprenant : {name}</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>ID utilisateur LMS : {user_id}</translation>
        </message>
        <message>
            <source>not on the course roster: their grades cannot be changed here</source>
            <translation>absent de la liste des inscrits du cours : ses notes ne peuvent pas être modifiées ici</translation>
        </message>
        <message>
            <source>the LMS's grade, not changed here</source>
            <translation>la note du LMS, non modifiée ici</translation>
        </message>
        <message>
            <source>{mark} ({reason})</source>
            <translation>{mark} ({reason})</translation>
        </message>
        <message>
            <source>{glyph} {state}</source>
            <translation>{glyph} {state}</translation>
        </message>
        <message>
            <source>loading…</source>
            <translation>chargement…</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>not shown in the Course view (filtered out)</source>
            <translation>non affiché dans la vue Cours (exclu par le filtre)</translation>
        </message>
        <message>
            <source>{position} of {count}</source>
            <translation>{position} sur {count}</translation>
        </message>
        <message>
            <source>type the points out of {maximum}, shown beside the score</source>
            <translation>saisissez les points sur {maximum}, indiqué à côté des points</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>Modifier {item} de {name}</translation>
        </message>
        <message>
            <source>{name} has no score in {item}: give a score first, then the comment.</source>
            <translation>{name} n'a pas de points dans {item} : saisissez d'abord les points, puis le commentaire.</translation>
        </message>
        <message>
            <source>Edit comment of {name} in {item}</source>
            <translation>Modifier le commentaire de {name} dans {item}</translation>
        </message>
    </context>
    <context>
        <name>LineItemDialog</name>
        <message>
            <source>Rename grade column</source>
            <translation>Renommer la colonne de notes</translation>
        </message>
        <message>
            <source>New grade column</source>
            <translation>Nouvelle colonne de notes</translation>
        </message>
        <message>
            <source>e.g. Quiz 3</source>
            <translation>ex. Quiz 3</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>Nom de la colonne</translation>
        </message>
        <message>
            <source>The name learners and instructors see in the gradebook</source>
            <translation>Le nom que les apprenants et les enseignants voient dans le carnet de notes</translation>
        </message>
        <message>
            <source>Column name problem</source>
            <translation>Problème de nom de colonne</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Points maximum</translation>
        </message>
        <message>
            <source>Maximum score problem</source>
            <translation>Problème de points maximum</translation>
        </message>
        <message>
            <source>optional, e.g. quiz</source>
            <translation>facultatif, ex. quiz</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Optional: a word grouping columns, e.g. quiz</source>
            <translation>Facultatif : un mot qui regroupe des colonnes, ex. quiz</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Date limite</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Maximum score:</source>
            <translation>&amp;Points maximum :</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>É&amp;tiquette :</translation>
        </message>
        <message>
            <source>&amp;Opens:</source>
            <translation>&amp;Ouverture :</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Date limite :</translation>
        </message>
        <message>
            <source>Only the name changes; the maximum, dates and everything else stay as they are.</source>
            <translation>Seul le nom change ; le maximum, les dates et tout le reste restent inchangés.</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>The maximum must be greater than 0.</source>
            <translation>Le maximum doit être supérieur à 0.</translation>
        </message>
    </context>
    <context>
        <name>LineItemPicker</name>
        <message>
            <source>Search grade columns</source>
            <translation>Rechercher des colonnes de notes</translation>
        </message>
        <message>
            <source>Narrows the list to the columns whose name, tag or ID holds the words typed</source>
            <translation>Restreint la liste aux colonnes dont le nom, l'étiquette ou l'ID contient les mots saisis</translation>
        </message>
        <message>
            <source>Grade columns</source>
            <translation>Colonnes de notes</translation>
        </message>
        <message>
            <source>Choosing a column shows its grades; its menu renames, edits or deletes it</source>
            <translation>Choisir une colonne affiche ses notes ; son menu permet de la renommer, de la modifier ou de la supprimer</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Grade columns status</source>
            <translation>État des colonnes de notes</translation>
        </message>
        <message>
            <source>&amp;New grade column…</source>
            <translation>&amp;Nouvelle colonne de notes…</translation>
        </message>
        <message>
            <source>Create a grade column in the LMS gradebook</source>
            <translation>Créer une colonne de notes dans le carnet de notes du LMS</translation>
        </message>
        <message>
            <source>Change the name of the selected grade column</source>
            <translation>Modifier le nom de la colonne de notes sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Properties of grade column…</source>
            <translation>&amp;Propriétés de la colonne de notes…</translation>
        </message>
        <message>
            <source>Change the name, maximum, dates, release, tag and resource ID of the selected column</source>
            <translation>Modifier le nom, le maximum, les dates, la publication, l'étiquette et l'ID de ressource de la colonne sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Delete grade column…</source>
            <translation>&amp;Supprimer la colonne de notes…</translation>
        </message>
        <message>
            <source>Delete the selected grade column and its grades</source>
            <translation>Supprimer la colonne de notes sélectionnée et ses notes</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>Nou&amp;velle…</translation>
        </message>
        <message>
            <source>New grade column</source>
            <translation>Nouvelle colonne de notes</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} colonne de notes</translation>
        </message>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} colonne de notes</numerusform>
                <numerusform>{count} colonnes de notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename grade column</source>
            <translation>Renommer la colonne de notes</translation>
        </message>
        <message>
            <source>Rena&amp;me grade column…</source>
            <translation>Reno&amp;mmer la colonne de notes…</translation>
        </message>
        <message>
            <source>Rena&amp;me…</source>
            <translation>Reno&amp;mmer…</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>S&amp;upprimer…</translation>
        </message>
        <message>
            <source>Delete grade column</source>
            <translation>Supprimer la colonne de notes</translation>
        </message>
        <message>
            <source>Loading grade columns…</source>
            <translation>Chargement des colonnes de notes…</translation>
        </message>
        <message>
            <source>Could not refresh the list; showing the one loaded earlier. Press F5 to try again.</source>
            <translation>Impossible d'actualiser la liste ; affichage de celle chargée précédemment. Appuyez sur F5 pour réessayer.</translation>
        </message>
        <message>
            <source>The grade columns could not be loaded. Press F5 to try again.</source>
            <translation>Les colonnes de notes n'ont pas pu être chargées. Appuyez sur F5 pour réessayer.</translation>
        </message>
        <message>
            <source>Loading the grade columns</source>
            <translation>Chargement des colonnes de notes</translation>
        </message>
        <message>
            <source>This course has no grade columns yet. Create one with New…</source>
            <translation>Ce cours n'a pas encore de colonne de notes. Créez-en une avec Nouvelle…</translation>
        </message>
        <message numerus="yes">
            <source>No grade column matches the search ({total} in all)</source>
            <translation>
                <numerusform>Aucune colonne de notes ne correspond à la recherche ({total} au total)</numerusform>
                <numerusform>Aucune colonne de notes ne correspond à la recherche ({total} au total)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} grade columns shown</source>
            <translation>
                <numerusform>{shown} colonne de notes affichée sur {total}</numerusform>
                <numerusform>{shown} colonnes de notes affichées sur {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Creating the grade column “{label}”</source>
            <translation>Création de la colonne de notes « {label} »</translation>
        </message>
        <message>
            <source>Renaming the grade column “{label}”</source>
            <translation>Renommage de la colonne de notes « {label} »</translation>
        </message>
        <message>
            <source>Reading the grades of “{label}”…</source>
            <translation>Lecture des notes de « {label} »…</translation>
        </message>
        <message>
            <source>Reading the grades of “{label}”</source>
            <translation>Lecture des notes de « {label} »</translation>
        </message>
        <message>
            <source>Saving the grade column “{label}”</source>
            <translation>Enregistrement de la colonne de notes « {label} »</translation>
        </message>
        <message>
            <source>Saved the grade column “{label}”.</source>
            <translation>Colonne de notes « {label} » enregistrée.</translation>
        </message>
        <message>
            <source>Deleting the grade column “{label}”</source>
            <translation>Suppression de la colonne de notes « {label} »</translation>
        </message>
        <message>
            <source>Read-only mode: grade columns cannot be changed.</source>
            <translation>Mode lecture seule : les colonnes de notes ne peuvent pas être modifiées.</translation>
        </message>
        <message>
            <source>{action}…</source>
            <translation>{action}…</translation>
        </message>
        <message>
            <source>Created the grade column “{label}”.</source>
            <translation>Colonne de notes « {label} » créée.</translation>
        </message>
        <message>
            <source>Renamed the grade column to “{label}”.</source>
            <translation>Colonne de notes renommée en « {label} ».</translation>
        </message>
        <message>
            <source>Deleted the grade column.</source>
            <translation>Colonne de notes supprimée.</translation>
        </message>
        <message>
            <source>Deleted “{label}”.</source>
            <translation>« {label} » supprimée.</translation>
        </message>
    </context>
    <context>
        <name>LineItemPropertiesDialog</name>
        <message>
            <source>Properties of “{label}”</source>
            <translation>Propriétés de « {label} »</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>Nom de la colonne</translation>
        </message>
        <message>
            <source>Column name problem</source>
            <translation>Problème de nom de colonne</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Points maximum</translation>
        </message>
        <message>
            <source>Most LMSes keep each grade's points when the maximum changes</source>
            <translation>La plupart des LMS conservent les points de chaque note lorsque le maximum change</translation>
        </message>
        <message>
            <source>Maximum score problem</source>
            <translation>Problème de points maximum</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Date limite</translation>
        </message>
        <message>
            <source>Dates problem</source>
            <translation>Problème de dates</translation>
        </message>
        <message>
            <source>Learners see their grades</source>
            <translation>Les apprenants voient leurs notes</translation>
        </message>
        <message>
            <source>Grades released</source>
            <translation>Notes publiées</translation>
        </message>
        <message>
            <source>Partly ticked: the LMS was never told, and is not told now</source>
            <translation>Partiellement coché : le LMS n'a jamais été informé, et ne l'est pas maintenant</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Resource ID</source>
            <translation>ID de ressource</translation>
        </message>
        <message>
            <source>The tool's own ID for the activity this column grades</source>
            <translation>L'ID propre à l'outil pour l'activité que cette colonne évalue</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Maximum score:</source>
            <translation>&amp;Points maximum :</translation>
        </message>
        <message>
            <source>&amp;Opens:</source>
            <translation>&amp;Ouverture :</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Date limite :</translation>
        </message>
        <message>
            <source>&amp;Grades released:</source>
            <translation>Notes pu&amp;bliées :</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>É&amp;tiquette :</translation>
        </message>
        <message>
            <source>&amp;Resource ID:</source>
            <translation>ID de &amp;ressource :</translation>
        </message>
        <message>
            <source>ID in the LMS: {id}</source>
            <translation>ID dans le LMS : {id}</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>The maximum must be greater than 0.</source>
            <translation>Le maximum doit être supérieur à 0.</translation>
        </message>
        <message>
            <source>The due date is before the opening date.</source>
            <translation>La date limite est antérieure à la date d'ouverture.</translation>
        </message>
    </context>
    <context>
        <name>LineItemsModel</name>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Date limite</translation>
        </message>
        <message>
            <source>{label}, {summary}</source>
            <translation>{label}, {summary}</translation>
        </message>
        <message>
            <source>Maximum: {maximum}</source>
            <translation>Maximum : {maximum}</translation>
        </message>
        <message>
            <source>Tag: {tag}</source>
            <translation>Étiquette : {tag}</translation>
        </message>
        <message>
            <source>Opens: {moment}</source>
            <translation>Ouverture : {moment}</translation>
        </message>
        <message>
            <source>Due: {moment}</source>
            <translation>Date limite : {moment}</translation>
        </message>
        <message>
            <source>ID: {id}</source>
            <translation>ID : {id}</translation>
        </message>
    </context>
    <context>
        <name>LoadingController</name>
        <message>
            <source>Loading “{label}”…</source>
            <translation>Chargement de « {label} »…</translation>
        </message>
        <message>
            <source>Loading: {learners}, {grades} so far…</source>
            <translation>Chargement : {learners}, {grades} jusqu'à présent…</translation>
        </message>
        <message>
            <source>{count} learner</source>
            <translation>{count} apprenant</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} apprenant</numerusform>
                <numerusform>{count} apprenants</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} note</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} note</numerusform>
                <numerusform>{count} notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Loaded {count} learner of “{label}”.</source>
            <translation>{count} apprenant de « {label} » chargé.</translation>
        </message>
        <message numerus="yes">
            <source>Loaded {count} learners of “{label}”.</source>
            <translation>
                <numerusform>{count} apprenant de « {label} » chargé.</numerusform>
                <numerusform>{count} apprenants de « {label} » chargés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped loading: the grades shown are those loaded before. Press F5 to load them again.</source>
            <translation>Chargement arrêté : les notes affichées sont celles chargées auparavant. Appuyez sur F5 pour les recharger.</translation>
        </message>
        <message>
            <source>Stopped loading: the list is incomplete ({count} learner so far). Press F5 to load everything.</source>
            <translation>Chargement arrêté : la liste est incomplète ({count} apprenant pour l'instant). Appuyez sur F5 pour tout charger.</translation>
        </message>
        <message numerus="yes">
            <source>Stopped loading: the list is incomplete ({count} learners so far). Press F5 to load everything.</source>
            <translation>
                <numerusform>Chargement arrêté : la liste est incomplète ({count} apprenant pour l'instant). Appuyez sur F5 pour tout charger.</numerusform>
                <numerusform>Chargement arrêté : la liste est incomplète ({count} apprenants pour l'instant). Appuyez sur F5 pour tout charger.</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} learner (loading)</source>
            <translation>{count} apprenant (chargement)</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners (loading)</source>
            <translation>
                <numerusform>{count} apprenant (chargement)</numerusform>
                <numerusform>{count} apprenants (chargement)</numerusform>
            </translation>
        </message>
        <message>
            <source>Listing the kept grades</source>
            <translation>Liste des notes conservées</translation>
        </message>
        <message>
            <source>Offline: {count} grade column kept on this computer. Press F5 to try the LMS again.</source>
            <translation>Hors ligne : {count} colonne de notes conservée sur cet ordinateur. Appuyez sur F5 pour réessayer de joindre le LMS.</translation>
        </message>
        <message numerus="yes">
            <source>Offline: {count} grade columns kept on this computer. Press F5 to try the LMS again.</source>
            <translation>
                <numerusform>Hors ligne : {count} colonne de notes conservée sur cet ordinateur. Appuyez sur F5 pour réessayer de joindre le LMS.</numerusform>
                <numerusform>Hors ligne : {count} colonnes de notes conservées sur cet ordinateur. Appuyez sur F5 pour réessayer de joindre le LMS.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LocalDataDialog</name>
        <message>
            <source>Local data</source>
            <translation>Données locales</translation>
        </message>
        <message>
            <source>Downloaded grades, drafts, grades waiting to be sent and the history of what was sent are kept on this computer, in a folder only you can read, so you can work offline and nothing is lost in a crash.</source>
            <translation>Les notes téléchargées, les brouillons, les notes en attente d'envoi et l'historique des envois sont conservés sur cet ordinateur, dans un dossier lisible par vous seul, pour que vous puissiez travailler hors ligne et que rien ne soit perdu en cas de plantage.</translation>
        </message>
        <message>
            <source>Remove the data of this grade column</source>
            <translation>Supprimer les données de cette colonne de notes</translation>
        </message>
        <message>
            <source>Remove the data of the whole connection</source>
            <translation>Supprimer les données de toute la connexion</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Remove the chosen local data</source>
            <translation>Supprimer les données locales choisies</translation>
        </message>
        <message>
            <source>Asks first, naming what would be lost</source>
            <translation>Demande d'abord confirmation, en indiquant ce qui serait perdu</translation>
        </message>
        <message>
            <source>Remove local data</source>
            <translation>Supprimer les données locales</translation>
        </message>
        <message>
            <source>Keep the history of what was sent</source>
            <translation>Conserver l'historique des envois</translation>
        </message>
        <message>
            <source>&amp;Keep for:</source>
            <translation>&amp;Conserver pendant :</translation>
        </message>
        <message>
            <source>The history records every grade sent: when, old and new value, and what the LMS answered. Support staff use it to say what the app sent, and when. Older entries are removed when you save.</source>
            <translation>L'historique enregistre chaque note envoyée : quand, l'ancienne et la nouvelle valeur, et la réponse du LMS. Le personnel d'assistance s'en sert pour savoir ce que l'application a envoyé, et quand. Les entrées plus anciennes sont supprimées lorsque vous enregistrez.</translation>
        </message>
        <message>
            <source>Older entries are removed when you save</source>
            <translation>Les entrées plus anciennes sont supprimées lorsque vous enregistrez</translation>
        </message>
        <message>
            <source>History of what was sent</source>
            <translation>Historique des envois</translation>
        </message>
        <message>
            <source>Only “{label}”: {kept}</source>
            <translation>Seulement « {label} » : {kept}</translation>
        </message>
        <message>
            <source>Only the open grade column (none is open)</source>
            <translation>Seulement la colonne de notes ouverte (aucune n'est ouverte)</translation>
        </message>
        <message>
            <source>All of {connection} ({columns}): {kept}</source>
            <translation>Toute la connexion {connection} ({columns}) : {kept}</translation>
        </message>
        <message>
            <source>{count} draft</source>
            <translation>{count} brouillon</translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} note</translation>
        </message>
        <message>
            <source>{drafts}, {grades} not sent yet</source>
            <translation>{drafts}, {grades} pas encore envoyées</translation>
        </message>
        <message numerus="yes">
            <source>{count} drafts</source>
            <translation>
                <numerusform>{count} brouillon</numerusform>
                <numerusform>{count} brouillons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} note</numerusform>
                <numerusform>{count} notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The app was started read-only (--read-only): nothing can be changed or sent in this window. Start it without --read-only to edit grades.</source>
            <translation>L'application a été lancée en lecture seule (--read-only) : rien ne peut être modifié ni envoyé dans cette fenêtre. Lancez-la sans --read-only pour modifier des notes.</translation>
        </message>
        <message>
            <source>Grade columns</source>
            <translation>Colonnes de notes</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Journal des requêtes</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>&amp;Undo “{operation}”</source>
            <translation>&amp;Annuler « {operation} »</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo “{operation}”</source>
            <translation>Ré&amp;tablir « {operation} »</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <source>Editing is off: changes cannot be saved</source>
            <translation>La modification est désactivée : les modifications ne peuvent pas être enregistrées</translation>
        </message>
        <message>
            <source>{reason}

The table shows what is saved. Editing stays off until you turn read-only mode off (View › Read-only mode) once the data folder can be written again.</source>
            <translation>{reason}

Le tableau montre ce qui est enregistré. La modification reste désactivée jusqu'à ce que vous désactiviez le mode lecture seule (Affichage › Mode lecture seule), une fois que le dossier de données est de nouveau accessible en écriture.</translation>
        </message>
        <message>
            <source>Copied {count} row as tab-separated text.</source>
            <translation>{count} ligne copiée sous forme de texte séparé par des tabulations.</translation>
        </message>
        <message numerus="yes">
            <source>Copied {count} rows as tab-separated text.</source>
            <translation>
                <numerusform>{count} ligne copiée sous forme de texte séparé par des tabulations.</numerusform>
                <numerusform>{count} lignes copiées sous forme de texte séparé par des tabulations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the learners to copy first.</source>
            <translation>Sélectionnez d'abord les apprenants à copier.</translation>
        </message>
        <message>
            <source>About Gradebook</source>
            <translation>À propos de Gradebook</translation>
        </message>
        <message>
            <source>Gradebook {version}

See and manage LMS grades through LTIAAS.</source>
            <translation>Gradebook {version}

Consultez et gérez les notes du LMS via LTIAAS.</translation>
        </message>
        <message>
            <source>Paging and comments follow this LMS's habits</source>
            <translation>La pagination et les commentaires suivent les habitudes de ce LMS</translation>
        </message>
        <message>
            <source>Not a family the app knows: the standard LTI rules are followed</source>
            <translation>Famille inconnue de l'application : les règles LTI standard sont suivies</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>non identifié</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>User ID (exact)</source>
            <translation>ID utilisateur (exact)</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>Full name (refused when two learners share it)</source>
            <translation>Nom complet (refusé si deux apprenants le partagent)</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Quelle colonne contient quoi</translation>
        </message>
        <message>
            <source>Tell the import which column names the student and which ones hold the score and the comment. Your choice is remembered for the next import.</source>
            <translation>Indiquez à l'import quelle colonne désigne l'apprenant et lesquelles contiennent les points et le commentaire. Votre choix est mémorisé pour le prochain import.</translation>
        </message>
        <message>
            <source>Column that identifies the student</source>
            <translation>Colonne qui identifie l'apprenant</translation>
        </message>
        <message>
            <source>How the student column identifies the student</source>
            <translation>Comment la colonne de l'apprenant identifie l'apprenant</translation>
        </message>
        <message>
            <source>Score column</source>
            <translation>Colonne des points</translation>
        </message>
        <message>
            <source>Comment column</source>
            <translation>Colonne des commentaires</translation>
        </message>
        <message>
            <source>Maximum column</source>
            <translation>Colonne du maximum</translation>
        </message>
        <message>
            <source>Problem with the columns</source>
            <translation>Problème avec les colonnes</translation>
        </message>
        <message>
            <source>&amp;Student:</source>
            <translation>&amp;Apprenant :</translation>
        </message>
        <message>
            <source>&amp;Identified by:</source>
            <translation>&amp;Identifié par :</translation>
        </message>
        <message>
            <source>Sc&amp;ore:</source>
            <translation>P&amp;oints :</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Commentaire :</translation>
        </message>
        <message>
            <source>&amp;Maximum:</source>
            <translation>&amp;Maximum :</translation>
        </message>
        <message>
            <source>The file was read again; the columns you chose are kept.</source>
            <translation>Le fichier a été relu ; les colonnes choisies sont conservées.</translation>
        </message>
        <message>
            <source>Choose the column…</source>
            <translation>Choisissez la colonne…</translation>
        </message>
        <message>
            <source>None: keep the scores</source>
            <translation>Aucune : conserver les points</translation>
        </message>
        <message>
            <source>None: keep the comments</source>
            <translation>Aucune : conserver les commentaires</translation>
        </message>
        <message>
            <source>None: scores are out of {maximum}</source>
            <translation>Aucune : les points sont sur {maximum}</translation>
        </message>
        <message>
            <source>Choose the column that identifies the student.</source>
            <translation>Choisissez la colonne qui identifie l'apprenant.</translation>
        </message>
        <message>
            <source>Choose the score column, the comment column, or both.</source>
            <translation>Choisissez la colonne des points, la colonne des commentaires, ou les deux.</translation>
        </message>
        <message>
            <source>student</source>
            <translation>apprenant</translation>
        </message>
        <message>
            <source>score</source>
            <translation>points</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>commentaire</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>maximum</translation>
        </message>
        <message>
            <source>The column “{column}” is chosen twice ({roles}).</source>
            <translation>La colonne « {column} » est choisie deux fois ({roles}).</translation>
        </message>
        <message>
            <source>This column is empty.</source>
            <translation>Cette colonne est vide.</translation>
        </message>
        <message>
            <source>First values: {values}</source>
            <translation>Premières valeurs : {values}</translation>
        </message>
        <message>
            <source>{value} (a date)</source>
            <translation>{value} (une date)</translation>
        </message>
        <message>
            <source>{columns} (the grades when the file was exported: a grade changed in the LMS since then is pointed out)</source>
            <translation>{columns} (les notes au moment de l'export : une note modifiée depuis dans le LMS est signalée)</translation>
        </message>
        <message>
            <source>{columns} (sent with each grade)</source>
            <translation>{columns} (envoyées avec chaque note)</translation>
        </message>
        <message>
            <source>Also read from the file: {columns}.</source>
            <translation>Également lues dans le fichier : {columns}.</translation>
        </message>
    </context>
    <context>
        <name>MessageChannel</name>
        <message>
            <source>Connected again.</source>
            <translation>De nouveau connecté.</translation>
        </message>
        <message>
            <source>Secure connection failed</source>
            <translation>Échec de la connexion sécurisée</translation>
        </message>
        <message>
            <source>the connection failed</source>
            <translation>la connexion a échoué</translation>
        </message>
        <message>
            <source>Offline: {cause}. What is shown may be out of date; press F5 to try again.</source>
            <translation>Hors ligne : {cause}. Les informations affichées peuvent être périmées ; appuyez sur F5 pour réessayer.</translation>
        </message>
        <message>
            <source>{action} failed</source>
            <translation>{action} : échec</translation>
        </message>
        <message>
            <source>Grades are already being sent</source>
            <translation>Des notes sont déjà en cours d'envoi</translation>
        </message>
        <message>
            <source>{action} failed on this computer</source>
            <translation>{action} : échec sur cet ordinateur</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>{action} failed because of an error in the app: {error}. Please copy the details and send them to support.</source>
            <translation>{action} : échec dû à une erreur dans l'application : {error}. Veuillez copier les détails et les envoyer à l'assistance.</translation>
        </message>
        <message>
            <source>An error in the app was caught: {summary}. Your data is unchanged. Please copy the details and send them to support.</source>
            <translation>Une erreur dans l'application a été interceptée : {summary}. Vos données sont inchangées. Veuillez copier les détails et les envoyer à l'assistance.</translation>
        </message>
    </context>
    <context>
        <name>MessageDialog</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>What happened, for support</source>
            <translation>Ce qui s'est passé, pour l'assistance</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copier les détails</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Copy what happened, for support, to the clipboard</source>
            <translation>Copier ce qui s'est passé dans le presse-papiers, pour l'assistance</translation>
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation>Afficher les &amp;détails</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Afficher les détails</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Details copied to the clipboard</source>
            <translation>Détails copiés dans le presse-papiers</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Try aga&amp;in</source>
            <translation>Réessa&amp;yer</translation>
        </message>
        <message>
            <source>Try to reach the LMS again</source>
            <translation>Essayer de joindre à nouveau le LMS</translation>
        </message>
        <message>
            <source>Load the grades from the LMS again (F5)</source>
            <translation>Recharger les notes depuis le LMS (F5)</translation>
        </message>
        <message>
            <source>Offline copy</source>
            <translation>Copie hors ligne</translation>
        </message>
        <message>
            <source>&lt;b&gt;Offline: showing the grades downloaded {age}&lt;/b&gt; ({when}).&lt;br&gt;The LMS cannot be reached. Changes you make are saved on this computer; Submit sends them once the LMS answers again, after checking that nobody changed those grades there meanwhile.</source>
            <translation>&lt;b&gt;Hors ligne : affichage des notes téléchargées {age}&lt;/b&gt; ({when}).&lt;br&gt;Le LMS est injoignable. Vos modifications sont enregistrées sur cet ordinateur ; Soumettre les envoie dès que le LMS répond de nouveau, après avoir vérifié que personne n'a modifié ces notes entre-temps dans le LMS.</translation>
        </message>
    </context>
    <context>
        <name>OutboxPrompt</name>
        <message>
            <source>Grades waiting to be sent</source>
            <translation>Notes en attente d'envoi</translation>
        </message>
        <message>
            <source>Nothing is sent until you say so. The grades stay queued, even when the app is closed, and you can send them later from the window. Each one is checked against the LMS first, so a grade changed there meanwhile is shown to you, not overwritten.</source>
            <translation>Rien n'est envoyé sans votre accord. Les notes restent en file d'attente, même lorsque l'application est fermée, et vous pouvez les envoyer plus tard depuis la fenêtre. Chacune est d'abord comparée au LMS : une note modifiée entre-temps dans le LMS vous est montrée, et non écrasée.</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Envoyer maintenant</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>Send the queued grades now</source>
            <translation>Envoyer maintenant les notes en file d'attente</translation>
        </message>
        <message>
            <source>Keep the grades queued</source>
            <translation>Garder les notes en file d'attente</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} sur {maximum}</translation>
        </message>
        <message>
            <source>score {old} → {new}</source>
            <translation>points {old} → {new}</translation>
        </message>
        <message>
            <source>comment changed</source>
            <translation>commentaire modifié</translation>
        </message>
        <message>
            <source>comment added</source>
            <translation>commentaire ajouté</translation>
        </message>
        <message>
            <source>{why}. Note: {warning}</source>
            <translation>{why}. Remarque : {warning}</translation>
        </message>
        <message>
            <source>{why}.
New comment: {comment}</source>
            <translation>{why}.
Nouveau commentaire : {comment}</translation>
        </message>
        <message>
            <source>not matched</source>
            <translation>sans correspondance</translation>
        </message>
        <message>
            <source>{name} ({user_id})</source>
            <translation>{name} ({user_id})</translation>
        </message>
        <message>
            <source>{why}; note: {warning}</source>
            <translation>{why} ; remarque : {warning}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check every row before importing</source>
            <translation>Vérifiez chaque ligne avant d'importer</translation>
        </message>
        <message>
            <source>Nothing is sent now: the changes become drafts in the table, which you can review, undo and submit.</source>
            <translation>Rien n'est envoyé maintenant : les modifications deviennent des brouillons dans le tableau, que vous pouvez vérifier, annuler et soumettre.</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Résumé de l'import</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Every row of the file and what importing it does</source>
            <translation>Chaque ligne du fichier et l'effet de son import</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Colonnes de l'aperçu</translation>
        </message>
        <message>
            <source>The selected row in full</source>
            <translation>La ligne sélectionnée en entier</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>État de l'aperçu</translation>
        </message>
        <message>
            <source>Rows with errors</source>
            <translation>Lignes en erreur</translation>
        </message>
        <message>
            <source>Import the &amp;valid rows only (rows with errors are left out)</source>
            <translation>Importer seulement les lignes &amp;valides (les lignes en erreur sont ignorées)</translation>
        </message>
        <message>
            <source>Import the valid rows only</source>
            <translation>Importer seulement les lignes valides</translation>
        </message>
        <message>
            <source>&amp;Read the file again</source>
            <translation>&amp;Relire le fichier</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Relire le fichier</translation>
        </message>
        <message>
            <source>After fixing the file in a spreadsheet, read it again and check every row again</source>
            <translation>Après avoir corrigé le fichier dans un tableur, relisez-le et vérifiez à nouveau chaque ligne</translation>
        </message>
        <message>
            <source>Line {line} ({student}), {verdict}: {explanation}.</source>
            <translation>Ligne {line} ({student}), {verdict} : {explanation}.</translation>
        </message>
        <message>
            <source>{filter} ({count})</source>
            <translation>{filter} ({count})</translation>
        </message>
        <message>
            <source>This file cannot be imported.
{problem}
{advice}</source>
            <translation>Ce fichier ne peut pas être importé.
{problem}
{advice}</translation>
        </message>
        <message>
            <source>The rows cannot be checked.
{problem}
Fix the file and read it again, or go Back and choose other columns.</source>
            <translation>Les lignes ne peuvent pas être vérifiées.
{problem}
Corrigez le fichier et relisez-le, ou cliquez sur Précédent et choisissez d'autres colonnes.</translation>
        </message>
        <message>
            <source>{count} row has an error: fix the file and read it again, or import the valid rows only.</source>
            <translation>{count} ligne contient une erreur : corrigez le fichier et relisez-le, ou importez seulement les lignes valides.</translation>
        </message>
        <message numerus="yes">
            <source>{count} rows have errors: fix the file and read it again, or import the valid rows only.</source>
            <translation>
                <numerusform>{count} ligne contient une erreur : corrigez le fichier et relisez-le, ou importez seulement les lignes valides.</numerusform>
                <numerusform>{count} lignes contiennent des erreurs : corrigez le fichier et relisez-le, ou importez seulement les lignes valides.</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes}, {unchanged} unchanged, {skipped} skipped, {errors}</source>
            <translation>{changes}, inchangées : {unchanged}, ignorées : {skipped}, {errors}</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} modification</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} modification</numerusform>
                <numerusform>{count} modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} error</source>
            <translation>{count} erreur</translation>
        </message>
        <message numerus="yes">
            <source>{count} errors</source>
            <translation>
                <numerusform>{count} erreur</numerusform>
                <numerusform>{count} erreurs</numerusform>
            </translation>
        </message>
        <message>
            <source>This file was exported by the app on {moment}. Each row is compared with the grade it was exported with, so a grade changed in the LMS since then is not overwritten silently.</source>
            <translation>Ce fichier a été exporté par l'application le {moment}. Chaque ligne est comparée à la note qu'elle contenait à l'export, afin qu'une note modifiée depuis dans le LMS ne soit pas écrasée sans avertissement.</translation>
        </message>
        <message>
            <source>Import {count} change as drafts</source>
            <translation>Importer {count} modification comme brouillon</translation>
        </message>
        <message numerus="yes">
            <source>Import {count} changes as drafts</source>
            <translation>
                <numerusform>Importer {count} modification comme brouillon</numerusform>
                <numerusform>Importer {count} modifications comme brouillons</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Rien à importer</translation>
        </message>
    </context>
    <context>
        <name>QuickFilter</name>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>No grade</source>
            <translation>Aucune note</translation>
        </message>
        <message>
            <source>Extra credit</source>
            <translation>Points bonus</translation>
        </message>
        <message>
            <source>Edited, not sent</source>
            <translation>Modifiées, non envoyées</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échecs</translation>
        </message>
        <message>
            <source>Not active students</source>
            <translation>Étudiants inactifs</translation>
        </message>
    </context>
    <context>
        <name>QuitPrompt</name>
        <message>
            <source>Grades not sent</source>
            <translation>Notes non envoyées</translation>
        </message>
        <message>
            <source>&amp;Send now…</source>
            <translation>&amp;Envoyer maintenant…</translation>
        </message>
        <message>
            <source>Review and send the changes now</source>
            <translation>Vérifier et envoyer les modifications maintenant</translation>
        </message>
        <message>
            <source>&amp;Discard and quit</source>
            <translation>&amp;Abandonner et quitter</translation>
        </message>
        <message>
            <source>&amp;Keep for later and quit</source>
            <translation>&amp;Garder pour plus tard et quitter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>RequestLogModel</name>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Chemin</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Duration (ms)</source>
            <translation>Durée (ms)</translation>
        </message>
        <message>
            <source>LMS reason / error</source>
            <translation>Motif du LMS / erreur</translation>
        </message>
    </context>
    <context>
        <name>RequestLogPanel</name>
        <message>
            <source>Request log</source>
            <translation>Journal des requêtes</translation>
        </message>
        <message>
            <source>Every call to LTIAAS, newest last: time, method, path, status, duration and the LMS's reason</source>
            <translation>Chaque appel à LTIAAS, le plus récent en dernier : heure, méthode, chemin, statut, durée et le motif donné par le LMS</translation>
        </message>
        <message>
            <source>Request log columns</source>
            <translation>Colonnes du journal des requêtes</translation>
        </message>
        <message>
            <source>&amp;Copy log</source>
            <translation>&amp;Copier le journal</translation>
        </message>
        <message>
            <source>Copy the request log</source>
            <translation>Copier le journal des requêtes</translation>
        </message>
        <message>
            <source>Copy every line as text, for a support ticket</source>
            <translation>Copier chaque ligne sous forme de texte, pour un ticket d'assistance</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>Clear the request log</source>
            <translation>Effacer le journal des requêtes</translation>
        </message>
    </context>
    <context>
        <name>ResultsLoader</name>
        <message>
            <source>The grades could not be kept on this computer for working offline: {problem}</source>
            <translation>Les notes n'ont pas pu être conservées sur cet ordinateur pour travailler hors ligne : {problem}</translation>
        </message>
        <message>
            <source>Keeping the grades on this computer</source>
            <translation>Conservation des notes sur cet ordinateur</translation>
        </message>
        <message>
            <source>Loading the grades of “{label}”</source>
            <translation>Chargement des notes de « {label} »</translation>
        </message>
        <message>
            <source>Opening the grades kept on this computer</source>
            <translation>Ouverture des notes conservées sur cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Score on the line item's scale</source>
            <translation>Les points sur l'échelle de la colonne de notes</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Choose a line item to see its grades</source>
            <translation>Choisissez une colonne de notes pour voir ses notes</translation>
        </message>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Filtrer par nom, ID ou e-mail</translation>
        </message>
        <message>
            <source>Filter learners</source>
            <translation>Filtrer les apprenants</translation>
        </message>
        <message>
            <source>Shows only learners whose name, user ID or email contains every word typed; Enter or Down goes to the first learner shown</source>
            <translation>Affiche seulement les apprenants dont le nom, l'ID utilisateur ou l'e-mail contient tous les mots saisis ; Entrée ou Bas va au premier apprenant affiché</translation>
        </message>
        <message>
            <source>Show learners</source>
            <translation>Afficher les apprenants</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>Affic&amp;her :</translation>
        </message>
        <message>
            <source>Learners shown</source>
            <translation>Apprenants affichés</translation>
        </message>
        <message>
            <source>Learners and their grades</source>
            <translation>Les apprenants et leurs notes</translation>
        </message>
        <message>
            <source>Cop&amp;y selected rows</source>
            <translation>Co&amp;pier les lignes sélectionnées</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} scores were copied but {selected} rows are selected. Select {count} rows, or one row to paste from there down.</source>
            <translation>
                <numerusform>Rien n'a été collé : {count} valeur de points a été copiée mais {selected} lignes sont sélectionnées. Sélectionnez {count} ligne, ou une seule ligne pour coller à partir de celle-ci vers le bas.</numerusform>
                <numerusform>Rien n'a été collé : {count} valeurs de points ont été copiées mais {selected} lignes sont sélectionnées. Sélectionnez {count} lignes, ou une seule ligne pour coller à partir de celle-ci vers le bas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {copied} scores were copied but only {count} learner is shown from row {row} down.</source>
            <translation>Rien n'a été collé : {copied} valeurs de points ont été copiées mais seul {count} apprenant est affiché à partir de la ligne {row}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {copied} scores were copied but only {count} learners are shown from row {row} down.</source>
            <translation>
                <numerusform>Rien n'a été collé : {copied} valeurs de points ont été copiées mais seul {count} apprenant est affiché à partir de la ligne {row}.</numerusform>
                <numerusform>Rien n'a été collé : {copied} valeurs de points ont été copiées mais seuls {count} apprenants sont affichés à partir de la ligne {row}.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Paste scores</source>
            <translation>Coller &amp;des points</translation>
        </message>
        <message>
            <source>Paste a column of scores copied from a spreadsheet onto the selected learners</source>
            <translation>Coller une colonne de points copiée depuis un tableur sur les apprenants sélectionnés</translation>
        </message>
        <message>
            <source>The clipboard holds no scores to paste.</source>
            <translation>Le presse-papiers ne contient aucun point à coller.</translation>
        </message>
        <message>
            <source>Select the learner where the pasted scores should start.</source>
            <translation>Sélectionnez l'apprenant à partir duquel les points collés doivent commencer.</translation>
        </message>
        <message>
            <source>Column headers</source>
            <translation>En-têtes de colonnes</translation>
        </message>
        <message>
            <source>{shown} of {count} learner shown</source>
            <translation>{shown} apprenant affiché sur {count}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {count} learners shown</source>
            <translation>
                <numerusform>{shown} apprenant affiché sur {count}</numerusform>
                <numerusform>{shown} apprenants affichés sur {count}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review before sending</source>
            <translation>Vérifier avant d'envoyer</translation>
        </message>
        <message>
            <source>Review {changes} in {columns}</source>
            <translation>Vérifier {changes} dans {columns}</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} modification</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} colonne de notes</translation>
        </message>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} colonne de notes</numerusform>
                <numerusform>{count} colonnes de notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Send {grades} to {line_items}?</source>
            <translation>Envoyer {grades} dans {line_items} ?</translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} colonne de notes</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} colonne de notes</numerusform>
                <numerusform>{count} colonnes de notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Send {grades} to “{label}” (out of {maximum})?</source>
            <translation>Envoyer {grades} dans « {label} » (sur {maximum}) ?</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes are for learners who are not active students: not sent unless you include them.</source>
            <translation>
                <numerusform>{count} modification concerne un apprenant qui n'est pas un étudiant actif : elle n'est envoyée que si vous l'incluez.</numerusform>
                <numerusform>{count} modifications concernent des apprenants qui ne sont pas des étudiants actifs : elles ne sont envoyées que si vous les incluez.</numerusform>
            </translation>
        </message>
        <message>
            <source>{summary} {held}</source>
            <translation>{summary} {held}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>{count} grade changed in the LMS after you edited it: it is not sent; you will choose between yours and the LMS's.</source>
            <translation>{count} note a été modifiée dans le LMS après votre modification : elle n'est pas envoyée ; vous choisirez entre la vôtre et celle du LMS.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades changed in the LMS after you edited them: they are not sent; you will choose between yours and the LMS's.</source>
            <translation>
                <numerusform>{count} note a été modifiée dans le LMS après votre modification : elle n'est pas envoyée ; vous choisirez entre la vôtre et celle du LMS.</numerusform>
                <numerusform>{count} notes ont été modifiées dans le LMS après vos modifications : elles ne sont pas envoyées ; vous choisirez entre les vôtres et celles du LMS.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been sent yet. After sending, each grade is read back from the LMS to check that it arrived.</source>
            <translation>Rien n'a encore été envoyé. Après l'envoi, chaque note est relue depuis le LMS pour vérifier qu'elle est bien arrivée.</translation>
        </message>
        <message>
            <source>The LMS could not be reached when the grades were last loaded: the grades shown are the copy downloaded {when}. Sending will try to reach the LMS now; any grade not sent stays queued on this computer, and Grades › Submit sends it later.</source>
            <translation>Le LMS était injoignable lors du dernier chargement des notes : les notes affichées sont la copie téléchargée le {when}. L'envoi va tenter de joindre le LMS maintenant ; toute note non envoyée reste en file d'attente sur cet ordinateur, et Notes › Soumettre l'envoie plus tard.</translation>
        </message>
        <message>
            <source>The LMS is offline</source>
            <translation>Le LMS est injoignable</translation>
        </message>
        <message>
            <source>What happens when sending</source>
            <translation>Ce qui se passe lors de l'envoi</translation>
        </message>
        <message>
            <source>Changes to send</source>
            <translation>Modifications à envoyer</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Score (out of {maximum})</source>
            <translation>Points (sur {maximum})</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Email or user ID</source>
            <translation>E-mail ou ID utilisateur</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Change columns</source>
            <translation>Colonnes des modifications</translation>
        </message>
        <message>
            <source>“{label}” (out of {maximum}): {count} change</source>
            <translation>« {label} » (sur {maximum}) : {count} modification</translation>
        </message>
        <message numerus="yes">
            <source>“{label}” (out of {maximum}): {count} changes</source>
            <translation>
                <numerusform>« {label} » (sur {maximum}) : {count} modification</numerusform>
                <numerusform>« {label} » (sur {maximum}) : {count} modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} change is for a learner who is not an active student: not sent unless you include it.</source>
            <translation>{count} modification concerne un apprenant qui n'est pas un étudiant actif : elle n'est envoyée que si vous l'incluez.</translation>
        </message>
        <message>
            <source>Not sent: not an active student ({count})</source>
            <translation>Non envoyée : pas un étudiant actif ({count})</translation>
        </message>
        <message>
            <source>Include them (the LMS will most likely refuse)</source>
            <translation>Les inclure (le LMS les refusera très probablement)</translation>
        </message>
        <message>
            <source>LMSes refuse grades for people who are not active students of the course (Canvas answers “not a student”). Unchecked, their changes stay unsent.</source>
            <translation>Les LMS refusent les notes des personnes qui ne sont pas des étudiants actifs du cours (Canvas répond « not a student »). Si la case est décochée, leurs modifications restent non envoyées.</translation>
        </message>
        <message>
            <source>Send the grades</source>
            <translation>Envoyer les notes</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>&amp;Send {count} grade</source>
            <translation>&amp;Envoyer {count} note</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Send {count} grades</source>
            <translation>
                <numerusform>&amp;Envoyer {count} note</numerusform>
                <numerusform>&amp;Envoyer {count} notes</numerusform>
            </translation>
        </message>
        <message>
            <source>LMS user ID: {id}</source>
            <translation>ID utilisateur LMS : {id}</translation>
        </message>
        <message>
            <source>{reason} (“{label}”)</source>
            <translation>{reason} (« {label} »)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>aucun commentaire</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Aucun commentaire</translation>
        </message>
        <message>
            <source>{comment} (kept)</source>
            <translation>{comment} (conservé)</translation>
        </message>
        <message>
            <source>Kept: {comment}</source>
            <translation>Conservé : {comment}</translation>
        </message>
        <message>
            <source>“{comment}”</source>
            <translation>« {comment} »</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>Now: {old}
New: {new}</source>
            <translation>Actuel : {old}
Nouveau : {new}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(supprimé)</translation>
        </message>
        <message>
            <source>changed in the LMS since you edited it (it was {was})</source>
            <translation>modifiée dans le LMS depuis votre modification (avant : {was})</translation>
        </message>
        <message>
            <source>extra credit: above the maximum</source>
            <translation>points bonus : au-dessus du maximum</translation>
        </message>
        <message>
            <source>clears the grade</source>
            <translation>efface la note</translation>
        </message>
        <message>
            <source>removes the comment</source>
            <translation>supprime le commentaire</translation>
        </message>
        <message>
            <source>already in the LMS: only checked</source>
            <translation>déjà dans le LMS : seulement vérifiée</translation>
        </message>
        <message numerus="yes">
            <source>Not sent: not active students ({count})</source>
            <translation>
                <numerusform>Non envoyée : pas un étudiant actif ({count})</numerusform>
                <numerusform>Non envoyées : pas des étudiants actifs ({count})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} modification</numerusform>
                <numerusform>{count} modifications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RowStatus</name>
        <message>
            <source>conflict</source>
            <translation>conflit</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>enregistrement…</translation>
        </message>
        <message>
            <source>✎ edited</source>
            <translation>✎ modifiée</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en file d'attente</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>envoi…</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyée</translation>
        </message>
        <message>
            <source>✓ verified</source>
            <translation>✓ vérifiée</translation>
        </message>
        <message>
            <source>graded</source>
            <translation>notée</translation>
        </message>
        <message>
            <source>extra credit</source>
            <translation>points bonus</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>not on roster</source>
            <translation>hors liste des inscrits</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactif</translation>
        </message>
        <message>
            <source>The grade was changed in the LMS after this edit was made: choose which value to keep before it is sent.</source>
            <translation>La note a été modifiée dans le LMS après cette modification : choisissez la valeur à conserver avant qu'elle ne soit envoyée.</translation>
        </message>
        <message>
            <source>This change did not reach the LMS.</source>
            <translation>Cette modification n'est pas parvenue au LMS.</translation>
        </message>
        <message>
            <source>Saving this change on this computer…</source>
            <translation>Enregistrement de cette modification sur cet ordinateur…</translation>
        </message>
        <message>
            <source>Saved on this computer, not sent yet.</source>
            <translation>Enregistrée sur cet ordinateur, pas encore envoyée.</translation>
        </message>
        <message>
            <source>Waiting to be sent to the LMS.</source>
            <translation>En attente d'envoi au LMS.</translation>
        </message>
        <message>
            <source>Being sent to the LMS.</source>
            <translation>En cours d'envoi au LMS.</translation>
        </message>
        <message>
            <source>Accepted; waiting for the LMS to show it.</source>
            <translation>Acceptée ; en attente de son affichage par le LMS.</translation>
        </message>
        <message>
            <source>The LMS shows this grade.</source>
            <translation>Le LMS affiche cette note.</translation>
        </message>
        <message>
            <source>This student has a result but is not on the course roster.</source>
            <translation>Cet apprenant a un résultat mais n'est pas dans la liste des inscrits du cours.</translation>
        </message>
        <message>
            <source>Not an active student of the course: the LMS refuses their grades, so Submit sends their changes only if you include them.</source>
            <translation>Pas un étudiant actif du cours : le LMS refuse ses notes, donc Soumettre n'envoie ses modifications que si vous les incluez.</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message numerus="yes">
            <source>Grade {count} learners</source>
            <translation>
                <numerusform>Noter {count} apprenant</numerusform>
                <numerusform>Noter {count} apprenants</numerusform>
            </translation>
        </message>
        <message>
            <source>Grade one learner</source>
            <translation>Noter un apprenant</translation>
        </message>
        <message>
            <source>Learners and grade column</source>
            <translation>Apprenants et colonne de notes</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>ex. {example}</translation>
        </message>
        <message>
            <source>one score for all of them, e.g. {example}</source>
            <translation>les mêmes points pour tous, ex. {example}</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Points maximum</translation>
        </message>
        <message>
            <source>The score is out of this maximum (the column's by default)</source>
            <translation>Les points sont sur ce maximum (celui de la colonne par défaut)</translation>
        </message>
        <message>
            <source>out &amp;of</source>
            <translation>s&amp;ur</translation>
        </message>
        <message>
            <source>Score problem</source>
            <translation>Problème de points</translation>
        </message>
        <message>
            <source>Activity progress</source>
            <translation>Progression de l'activité</translation>
        </message>
        <message>
            <source>Grading progress</source>
            <translation>Progression de la notation</translation>
        </message>
        <message>
            <source>Anything but “Fully graded” hides the score in most LMSes</source>
            <translation>Toute valeur autre que « Entièrement noté » masque les points dans la plupart des LMS</translation>
        </message>
        <message>
            <source>&amp;Keep each learner's own comment</source>
            <translation>Conser&amp;ver le commentaire propre à chaque apprenant</translation>
        </message>
        <message>
            <source>Keep each learner's own comment</source>
            <translation>Conserver le commentaire propre à chaque apprenant</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Aucun commentaire</translation>
        </message>
        <message>
            <source>The learners have different comments</source>
            <translation>Les apprenants ont des commentaires différents</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>&amp;Score:</source>
            <translation>&amp;Points :</translation>
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation>&amp;Activité :</translation>
        </message>
        <message>
            <source>&amp;Grading:</source>
            <translation>&amp;Notation :</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Commentaire :</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <source>Saved on this computer; nothing is sent to the LMS until you submit and confirm.</source>
            <translation>Enregistré sur cet ordinateur ; rien n'est envoyé au LMS avant que vous ne soumettiez et confirmiez.</translation>
        </message>
        <message numerus="yes">
            <source>Save {count} grades</source>
            <translation>
                <numerusform>Enregistrer {count} note</numerusform>
                <numerusform>Enregistrer {count} notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Save grade</source>
            <translation>Enregistrer la note</translation>
        </message>
        <message>
            <source>Enter a score. To remove a grade, use “Clear grade…” instead.</source>
            <translation>Saisissez des points. Pour supprimer une note, utilisez plutôt « Effacer la note… ».</translation>
        </message>
        <message>
            <source>Out of: {problem}</source>
            <translation>Sur : {problem}</translation>
        </message>
        <message>
            <source>Enter a number.</source>
            <translation>Saisissez un nombre.</translation>
        </message>
        <message>
            <source>{score} is above the maximum {maximum}: extra credit. Most LMSes keep it; some (D2L) lower it to the maximum, which the app reports after sending.</source>
            <translation>{score} dépasse le maximum {maximum} : points bonus. La plupart des LMS les conservent ; certains (D2L) les ramènent au maximum, ce que l'application signale après l'envoi.</translation>
        </message>
        <message>
            <source>With grading progress “{grading}”, most LMSes (Canvas, Moodle) clear the grade instead of showing this score. Choose “Fully graded” to give the grade.</source>
            <translation>Avec la progression de la notation « {grading} », la plupart des LMS (Canvas, Moodle) effacent la note au lieu d'afficher ces points. Choisissez « Entièrement noté » pour attribuer la note.</translation>
        </message>
        <message>
            <source>The current comment will be removed.</source>
            <translation>Le commentaire actuel sera supprimé.</translation>
        </message>
        <message>
            <source>The comment of {count} learner will be removed: {names}.</source>
            <translation>Le commentaire de {count} apprenant sera supprimé : {names}.</translation>
        </message>
        <message numerus="yes">
            <source>The comments of {count} learners will be removed: {names}.</source>
            <translation>
                <numerusform>Le commentaire de {count} apprenant sera supprimé : {names}.</numerusform>
                <numerusform>Les commentaires de {count} apprenants seront supprimés : {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Demo course (built-in sandbox)</source>
            <translation>Cours de démonstration (bac à sable intégré)</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Built-in sandbox at {host}</source>
            <translation>Bac à sable intégré sur {host}</translation>
        </message>
        <message>
            <source>Connection “{name}” ({host})</source>
            <translation>Connexion « {name} » ({host})</translation>
        </message>
        <message>
            <source>Connected to {host}</source>
            <translation>Connecté à {host}</translation>
        </message>
    </context>
    <context>
        <name>StartupWindow</name>
        <message>
            <source>Saved on {date}; connecting…</source>
            <translation>Enregistré le {date} ; connexion…</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Ouverture en cours</translation>
        </message>
        <message>
            <source>Opening Gradebook…</source>
            <translation>Ouverture de Gradebook…</translation>
        </message>
        <message>
            <source>Learners and their grades as saved</source>
            <translation>Les apprenants et leurs notes, tels qu'enregistrés</translation>
        </message>
    </context>
    <context>
        <name>StatsPane</name>
        <message>
            <source>Learners</source>
            <translation>Apprenants</translation>
        </message>
        <message>
            <source>Learners:</source>
            <translation>Apprenants :</translation>
        </message>
        <message>
            <source>Graded</source>
            <translation>Notés</translation>
        </message>
        <message>
            <source>Graded:</source>
            <translation>Notés :</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Mean:</source>
            <translation>Moyenne :</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Médiane</translation>
        </message>
        <message>
            <source>Median:</source>
            <translation>Médiane :</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Plus basse</translation>
        </message>
        <message>
            <source>Lowest:</source>
            <translation>Plus basse :</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Plus haute</translation>
        </message>
        <message>
            <source>Highest:</source>
            <translation>Plus haute :</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>Scores out of {maximum}, with {count} unsent change</source>
            <translation>Points sur {maximum}, avec {count} modification non envoyée</translation>
        </message>
        <message>
            <source>Scores out of {maximum}</source>
            <translation>Points sur {maximum}</translation>
        </message>
        <message numerus="yes">
            <source>Scores out of {maximum}, with {count} unsent changes</source>
            <translation>
                <numerusform>Points sur {maximum}, avec {count} modification non envoyée</numerusform>
                <numerusform>Points sur {maximum}, avec {count} modifications non envoyées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusArea</name>
        <message>
            <source>Loading progress</source>
            <translation>Progression du chargement</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Chargement</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Annuler le chargement</translation>
        </message>
        <message>
            <source>Stop loading; what arrived stays on screen</source>
            <translation>Arrêter le chargement ; ce qui est déjà arrivé reste affiché</translation>
        </message>
        <message>
            <source>Changes saved on this computer and not yet shown by the LMS. Grades › Submit (Ctrl+S) sends them.</source>
            <translation>Modifications enregistrées sur cet ordinateur et pas encore visibles dans le LMS. Notes › Soumettre (Ctrl+S) les envoie.</translation>
        </message>
        <message>
            <source>Unsent changes</source>
            <translation>Modifications non envoyées</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>LMS</source>
            <translation>LMS</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Apprenants</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Nothing can be changed or sent (View › Read-only mode)</source>
            <translation>Rien ne peut être modifié ni envoyé (Affichage › Mode lecture seule)</translation>
        </message>
        <message>
            <source>Read-only mode</source>
            <translation>Mode lecture seule</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>LMS: {platform}</source>
            <translation>LMS : {platform}</translation>
        </message>
    </context>
    <context>
        <name>SubmissionProgress</name>
        <message>
            <source>Sending progress</source>
            <translation>Progression de l'envoi</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>Cancel sending</source>
            <translation>Annuler l'envoi</translation>
        </message>
        <message>
            <source>Stop sending new grades; those not sent stay queued for the next submission</source>
            <translation>Arrêter l'envoi de nouvelles notes ; celles qui ne sont pas envoyées restent en file d'attente pour la prochaine soumission</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS…</source>
            <translation>Lecture des notes actuelles depuis le LMS…</translation>
        </message>
        <message>
            <source>Waiting {seconds} s as the LMS asked…</source>
            <translation>Attente de {seconds} s, comme le LMS l'a demandé…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <source>Stopped: LTIAAS refused the credentials. {report}</source>
            <translation>Arrêté : LTIAAS a refusé les identifiants. {report}</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Non envoyé : {reason}</translation>
        </message>
    </context>
    <context>
        <name>SubmitController</name>
        <message>
            <source>Grades are being sent: wait for the current run.</source>
            <translation>Des notes sont en cours d'envoi : attendez la fin de l'envoi en cours.</translation>
        </message>
        <message>
            <source>Reading the changes to send</source>
            <translation>Lecture des modifications à envoyer</translation>
        </message>
        <message>
            <source>Sending the {count} grade already queued…</source>
            <translation>Envoi de la note déjà en file d'attente ({count})…</translation>
        </message>
        <message>
            <source>Nothing new to send. Grades › Resolve conflicts… decides about the grades changed in the LMS.</source>
            <translation>Rien de nouveau à envoyer. Notes › Résoudre les conflits… permet de décider du sort des notes modifiées dans le LMS.</translation>
        </message>
        <message>
            <source>Nothing to send: there are no unsent changes.</source>
            <translation>Rien à envoyer : il n'y a aucune modification non envoyée.</translation>
        </message>
        <message>
            <source>Submit {count} grade</source>
            <translation>Soumettre {count} note</translation>
        </message>
        <message>
            <source>Queueing the grades</source>
            <translation>Mise en file d'attente des notes</translation>
        </message>
        <message>
            <source>Not connected: the grades stay queued.</source>
            <translation>Non connecté : les notes restent en file d'attente.</translation>
        </message>
        <message>
            <source>“{label}”: {report}</source>
            <translation>« {label} » : {report}</translation>
        </message>
        <message>
            <source>Signed in again. The grades not sent are still queued: Grades › Submit (Ctrl+S) sends them.</source>
            <translation>Reconnecté. Les notes non envoyées sont toujours en file d'attente : Notes › Soumettre (Ctrl+S) les envoie.</translation>
        </message>
        <message>
            <source>Reading the conflicts</source>
            <translation>Lecture des conflits</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS…</source>
            <translation>Lecture des notes actuelles depuis le LMS…</translation>
        </message>
        <message>
            <source>Reading the conflicting grades</source>
            <translation>Lecture des notes en conflit</translation>
        </message>
        <message>
            <source>No grade is in conflict.</source>
            <translation>Aucune note n'est en conflit.</translation>
        </message>
        <message>
            <source>Recording your decisions</source>
            <translation>Enregistrement de vos décisions</translation>
        </message>
        <message>
            <source>Reading the grades waiting</source>
            <translation>Lecture des notes en attente</translation>
        </message>
        <message>
            <source>{count} grade is queued from an earlier session; turn read-only mode off to send it.</source>
            <translation>{count} note est en file d'attente depuis une session précédente ; désactivez le mode lecture seule pour l'envoyer.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades are queued from an earlier session; turn read-only mode off to send them.</source>
            <translation>
                <numerusform>{count} note est en file d'attente depuis une session précédente ; désactivez le mode lecture seule pour l'envoyer.</numerusform>
                <numerusform>{count} notes sont en file d'attente depuis une session précédente ; désactivez le mode lecture seule pour les envoyer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Finding the grade columns to send</source>
            <translation>Recherche des colonnes de notes à envoyer</translation>
        </message>
        <message numerus="yes">
            <source>Sending the {count} grades already queued…</source>
            <translation>
                <numerusform>Envoi de la note déjà en file d'attente ({count})…</numerusform>
                <numerusform>Envoi des {count} notes déjà en file d'attente…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Submit {count} grades</source>
            <translation>
                <numerusform>Soumettre {count} note</numerusform>
                <numerusform>Soumettre {count} notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ViewSwitch</name>
        <message>
            <source>Col&amp;umn</source>
            <translation>Co&amp;lonne</translation>
        </message>
        <message>
            <source>C&amp;ourse</source>
            <translation>C&amp;ours</translation>
        </message>
        <message>
            <source>One line item: every learner's score, comment and status</source>
            <translation>Une colonne de notes : points, commentaire et état de chaque apprenant</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item (Ctrl+Shift+G)</source>
            <translation>La note de chaque apprenant dans chaque colonne de notes (Ctrl+Maj+G)</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Connections…</source>
            <translation>&amp;Connexions…</translation>
        </message>
        <message>
            <source>Add, edit, test or open a connection to an LTIAAS account</source>
            <translation>Ajouter, modifier, tester ou ouvrir une connexion à un compte LTIAAS</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Close the window</source>
            <translation>Fermer la fenêtre</translation>
        </message>
        <message>
            <source>Copy the selected learners as tab-separated text</source>
            <translation>Copier les apprenants sélectionnés sous forme de texte séparé par des tabulations</translation>
        </message>
        <message>
            <source>&amp;Filter learners</source>
            <translation>&amp;Filtrer les apprenants</translation>
        </message>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Filtrer par nom, ID ou e-mail</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Load the grade columns and grades again</source>
            <translation>Recharger les colonnes de notes et les notes</translation>
        </message>
        <message>
            <source>&amp;Stop loading</source>
            <translation>A&amp;rrêter le chargement</translation>
        </message>
        <message>
            <source>Stop loading the grades</source>
            <translation>Arrêter le chargement des notes</translation>
        </message>
        <message>
            <source>Nothing can be changed or sent while this is on</source>
            <translation>Rien ne peut être modifié ni envoyé tant que ce mode est activé</translation>
        </message>
        <message>
            <source>&amp;About Gradebook</source>
            <translation>À &amp;propos de Gradebook</translation>
        </message>
        <message>
            <source>C&amp;ourse view</source>
            <translation>Vue &amp;Cours</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item, editable</source>
            <translation>La note de chaque apprenant dans chaque colonne de notes, modifiable</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Annuler la dernière modification</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <source>Redo the change undone</source>
            <translation>Rétablir la modification annulée</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Type the score (or comment) in the table; Enter saves and moves down</source>
            <translation>Saisir les points (ou le commentaire) dans le tableau ; Entrée enregistre et passe à la ligne suivante</translation>
        </message>
        <message>
            <source>&amp;Edit grade…</source>
            <translation>&amp;Modifier la note…</translation>
        </message>
        <message>
            <source>Score, maximum, progress and comment of the selected learners</source>
            <translation>Points, maximum, progression et commentaire des apprenants sélectionnés</translation>
        </message>
        <message>
            <source>Edit grade</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <source>C&amp;lear grade…</source>
            <translation>&amp;Effacer la note…</translation>
        </message>
        <message>
            <source>Cop&amp;y selected rows</source>
            <translation>Co&amp;pier les lignes sélectionnées</translation>
        </message>
        <message>
            <source>Read-o&amp;nly mode</source>
            <translation>&amp;Mode lecture seule</translation>
        </message>
        <message>
            <source>E&amp;dit in the table</source>
            <translation>Modifier dans le &amp;tableau</translation>
        </message>
        <message>
            <source>Remove the grade of the selected learners (asks first; sent when you submit)</source>
            <translation>Effacer la note des apprenants sélectionnés (demande confirmation ; l'effacement est envoyé lors de la soumission)</translation>
        </message>
        <message>
            <source>Re&amp;vert changes</source>
            <translation>A&amp;bandonner les modifications</translation>
        </message>
        <message>
            <source>Drop the unsent changes of the selected learners</source>
            <translation>Abandonner les modifications non envoyées des apprenants sélectionnés</translation>
        </message>
        <message>
            <source>&amp;Bulk change…</source>
            <translation>Modification &amp;groupée…</translation>
        </message>
        <message>
            <source>Fill, add, scale, curve or clear the selected grades (or the whole column)</source>
            <translation>Remplir, ajouter, mettre à l'échelle, appliquer une courbe ou effacer les notes sélectionnées (ou toute la colonne)</translation>
        </message>
        <message>
            <source>Co&amp;mment bank…</source>
            <translation>Banque de &amp;commentaires…</translation>
        </message>
        <message>
            <source>Saved comments: manage them, or give one to the selected learners</source>
            <translation>Commentaires enregistrés : gérez-les, ou attribuez-en un aux apprenants sélectionnés</translation>
        </message>
        <message>
            <source>&amp;Submit…</source>
            <translation>&amp;Soumettre…</translation>
        </message>
        <message>
            <source>Review the unsent changes, then send them to the LMS</source>
            <translation>Vérifier les modifications non envoyées, puis les envoyer au LMS</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Soumettre</translation>
        </message>
        <message>
            <source>Resolve &amp;conflicts…</source>
            <translation>&amp;Résoudre les conflits…</translation>
        </message>
        <message>
            <source>Grades changed in the LMS after you edited them: keep yours or take theirs</source>
            <translation>Notes modifiées dans le LMS après votre modification : gardez la vôtre ou prenez celle du LMS</translation>
        </message>
        <message>
            <source>&amp;Import grades…</source>
            <translation>&amp;Importer des notes…</translation>
        </message>
        <message>
            <source>Bring scores and comments in from a spreadsheet (CSV or XLSX)</source>
            <translation>Importer des points et des commentaires depuis une feuille de calcul (CSV ou XLSX)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Save the grades to a CSV or XLSX file</source>
            <translation>Enregistrer les notes dans un fichier CSV ou XLSX</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Remove &amp;local data…</source>
            <translation>&amp;Supprimer les données locales…</translation>
        </message>
        <message>
            <source>Remove the grades, drafts and history kept on this computer</source>
            <translation>Supprimer les notes, brouillons et l'historique conservés sur cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Grades</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>Grading</source>
            <translation>Notation</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Read-only mode is on: nothing can be changed or sent.</source>
            <translation>Le mode lecture seule est activé : rien ne peut être modifié ni envoyé.</translation>
        </message>
        <message>
            <source>Choose a grade column first.</source>
            <translation>Choisissez d'abord une colonne de notes.</translation>
        </message>
        <message>
            <source>Wait until every grade of the column has loaded.</source>
            <translation>Attendez que toutes les notes de la colonne soient chargées.</translation>
        </message>
        <message>
            <source>Select the learners first.</source>
            <translation>Sélectionnez d'abord les apprenants.</translation>
        </message>
        <message>
            <source>{count} change stays unsent: not an active student of the course.</source>
            <translation>{count} modification reste non envoyée : pas un étudiant actif du cours.</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes stay unsent: not active students of the course.</source>
            <translation>
                <numerusform>{count} modification reste non envoyée : pas un étudiant actif du cours.</numerusform>
                <numerusform>{count} modifications restent non envoyées : pas des étudiants actifs du cours.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_OptionalDate</name>
        <message>
            <source>Set {name}</source>
            <translation>Définir la date : {name}</translation>
        </message>
        <message>
            <source>Unticked, the column has no such date</source>
            <translation>Si la case est décochée, la colonne n'a pas cette date</translation>
        </message>
    </context>
    <context>
        <name>banners</name>
        <message>
            <source>&lt;b&gt;Demo course:&lt;/b&gt; the built-in sandbox starts a new course every time the app starts, so these grades and your changes are gone once you quit. File › Connections… connects to your LTIAAS account.</source>
            <translation>&lt;b&gt;Cours de démonstration :&lt;/b&gt; le bac à sable intégré crée un nouveau cours à chaque démarrage de l'application ; ces notes et vos modifications disparaissent donc dès que vous quittez. Fichier › Connexions… permet de vous connecter à votre compte LTIAAS.</translation>
        </message>
        <message>
            <source>less than a minute ago</source>
            <translation>il y a moins d'une minute</translation>
        </message>
        <message>
            <source>{count} minute ago</source>
            <translation>il y a {count} minute</translation>
        </message>
        <message>
            <source>{count} hour ago</source>
            <translation>il y a {count} heure</translation>
        </message>
        <message numerus="yes">
            <source>{count} minutes ago</source>
            <translation>
                <numerusform>il y a {count} minute</numerusform>
                <numerusform>il y a {count} minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} hours ago</source>
            <translation>
                <numerusform>il y a {count} heure</numerusform>
                <numerusform>il y a {count} heures</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} day ago</source>
            <translation>il y a {count} jour</translation>
        </message>
        <message numerus="yes">
            <source>{count} days ago</source>
            <translation>
                <numerusform>il y a {count} jour</numerusform>
                <numerusform>il y a {count} jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bulk</name>
        <message>
            <source>Give a number for this change.</source>
            <translation>Indiquez un nombre pour cette modification.</translation>
        </message>
        <message>
            <source>Give a finite number.</source>
            <translation>Indiquez un nombre fini.</translation>
        </message>
        <message>
            <source>Give a number of 0 or more.</source>
            <translation>Indiquez un nombre supérieur ou égal à 0.</translation>
        </message>
        <message>
            <source>The maximum the scores were given out of must be more than 0.</source>
            <translation>Le maximum sur lequel les points étaient donnés doit être supérieur à 0.</translation>
        </message>
        <message>
            <source>not on the course roster: their grade cannot be changed here</source>
            <translation>absent de la liste des inscrits du cours : sa note ne peut pas être modifiée ici</translation>
        </message>
        <message>
            <source>{score} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>{score} a plus de décimales qu'un LMS n'en conserve ({decimals}) : il serait envoyé comme 0</translation>
        </message>
    </context>
    <context>
        <name>cell_texts</name>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>no grade (cleared)</source>
            <translation>aucune note (effacée)</translation>
        </message>
        <message>
            <source>{score} ({edited} out of {maximum})</source>
            <translation>{score} ({edited} sur {maximum})</translation>
        </message>
        <message>
            <source>was {was}, now {now}</source>
            <translation>avant : {was}, maintenant : {now}</translation>
        </message>
        <message>
            <source>The LMS has changed since this edit was made (it showed {then} then).</source>
            <translation>Le LMS a changé depuis cette modification (il affichait alors {then}).</translation>
        </message>
    </context>
    <context>
        <name>comment_bank</name>
        <message>
            <source>A brace is not closed or not opened: write {open} or {close} for a brace, or a placeholder such as {example}.</source>
            <translation>Une accolade n'est pas fermée ou pas ouverte : écrivez {open} ou {close} pour une accolade, ou une variable telle que {example}.</translation>
        </message>
        <message>
            <source>{shown} is not a placeholder: use {known}.</source>
            <translation>{shown} n'est pas une variable : utilisez {known}.</translation>
        </message>
        <message>
            <source>A comment needs a shortcut, such as “good”.</source>
            <translation>Un commentaire doit avoir un raccourci, par exemple « bien ».</translation>
        </message>
        <message>
            <source>A shortcut is one word without spaces or ';', not “{kept}”.</source>
            <translation>Un raccourci est un seul mot sans espace ni « ; », et non « {kept} ».</translation>
        </message>
        <message>
            <source>A saved comment needs some text.</source>
            <translation>Un commentaire enregistré doit contenir du texte.</translation>
        </message>
        <message>
            <source>{name} has no score for the comment's {placeholder}.</source>
            <translation>{name} n'a pas de points pour la variable {placeholder} du commentaire.</translation>
        </message>
        <message>
            <source>The file is too large for a comment bank.</source>
            <translation>Le fichier est trop volumineux pour une banque de commentaires.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text: save it as CSV UTF-8 and import it again.</source>
            <translation>Le fichier n'est pas du texte UTF-8 : enregistrez-le en CSV UTF-8 et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>The first line must be the header “shortcut,scope,text” of a comment bank file.</source>
            <translation>La première ligne doit être l'en-tête « shortcut,scope,text » d'un fichier de banque de commentaires.</translation>
        </message>
        <message>
            <source>the shortcut “{shortcut}” comes twice</source>
            <translation>le raccourci « {shortcut} » apparaît deux fois</translation>
        </message>
        <message>
            <source>Line {line} is not well-formed CSV: {problem}.</source>
            <translation>La ligne {line} n'est pas du CSV bien formé : {problem}.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems}.</source>
            <translation>Rien n'a été importé : {problems}.</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>{count} cell instead of 3 (shortcut, scope, text)</source>
            <translation>{count} cellule au lieu de 3 (shortcut, scope, text)</translation>
        </message>
        <message>
            <source>a course comment, and no course is open</source>
            <translation>un commentaire de cours, et aucun cours n'est ouvert</translation>
        </message>
        <message>
            <source>the scope is “{scope}”: write course or global</source>
            <translation>la portée est « {scope} » : écrivez course ou global</translation>
        </message>
        <message>
            <source>{name} has no score: give a score first, then the comment</source>
            <translation>{name} n'a pas de points : saisissez d'abord les points, puis le commentaire</translation>
        </message>
        <message numerus="yes">
            <source>{count} cells instead of 3 (shortcut, scope, text)</source>
            <translation>
                <numerusform>{count} cellule au lieu de 3 (shortcut, scope, text)</numerusform>
                <numerusform>{count} cellules au lieu de 3 (shortcut, scope, text)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comment_bank_dialog</name>
        <message>
            <source>Comment bank (*.csv);;All files (*)</source>
            <translation>Banque de commentaires (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import comments</source>
            <translation>Importer des commentaires</translation>
        </message>
        <message>
            <source>Export comments</source>
            <translation>Exporter les commentaires</translation>
        </message>
    </context>
    <context>
        <name>conflict_dialog</name>
        <message>
            <source>Decide later</source>
            <translation>Décider plus tard</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Prendre celle du LMS</translation>
        </message>
    </context>
    <context>
        <name>connection_check</name>
        <message>
            <source>not identified</source>
            <translation>non identifié</translation>
        </message>
        <message>
            <source>{name} (not a family the app knows: standard LTI rules apply)</source>
            <translation>{name} (famille inconnue de l'application : les règles LTI standard s'appliquent)</translation>
        </message>
        <message>
            <source>Connected with the service key: {count} grade column found. The LMS family cannot be learned without an ltik; choose it below if known.</source>
            <translation>Connecté avec la clé de service : {count} colonne de notes trouvée. La famille du LMS ne peut pas être déterminée sans ltik ; choisissez-la ci-dessous si vous la connaissez.</translation>
        </message>
        <message numerus="yes">
            <source>Connected with the service key: {count} grade columns found. The LMS family cannot be learned without an ltik; choose it below if known.</source>
            <translation>
                <numerusform>Connecté avec la clé de service : {count} colonne de notes trouvée. La famille du LMS ne peut pas être déterminée sans ltik ; choisissez-la ci-dessous si vous la connaissez.</numerusform>
                <numerusform>Connecté avec la clé de service : {count} colonnes de notes trouvées. La famille du LMS ne peut pas être déterminée sans ltik ; choisissez-la ci-dessous si vous la connaissez.</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Connected.</source>
            <translation>Connecté.</translation>
        </message>
        <message>
            <source>Course: {title}</source>
            <translation>Cours : {title}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>You: {user}</source>
            <translation>Vous : {user}</translation>
        </message>
        <message>
            <source>LMS: {lms}</source>
            <translation>LMS : {lms}</translation>
        </message>
        <message>
            <source>Grades service: available</source>
            <translation>Service de notes : disponible</translation>
        </message>
        <message>
            <source>Grades service: NOT available for this launch</source>
            <translation>Service de notes : NON disponible pour ce lancement</translation>
        </message>
        <message>
            <source>The course's service key was received and is kept with this connection: it does not expire, so no further launch is needed.</source>
            <translation>La clé de service du cours a été reçue et est conservée avec cette connexion : elle n'expire pas, aucun autre lancement n'est donc nécessaire.</translation>
        </message>
        <message>
            <source>No service key was offered: the ltik lasts 24 hours. After that, launch the tool from the LMS again and paste the new ltik here.</source>
            <translation>Aucune clé de service n'a été proposée : le ltik est valable 24 heures. Ensuite, lancez de nouveau l'outil depuis le LMS et collez ici le nouveau ltik.</translation>
        </message>
    </context>
    <context>
        <name>connection_dialog</name>
        <message>
            <source>An ltik from a launch (recommended)</source>
            <translation>Un ltik issu d'un lancement (recommandé)</translation>
        </message>
        <message>
            <source>The course's service key</source>
            <translation>La clé de service du cours</translation>
        </message>
        <message>
            <source>Both an ltik and the service key</source>
            <translation>Un ltik et la clé de service</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Supprimer la connexion</translation>
        </message>
        <message>
            <source>Remove the connection “{name}” and its secrets from this computer?

Nothing changes in the LMS.</source>
            <translation>Supprimer la connexion « {name} » et ses secrets de cet ordinateur ?

Rien ne change dans le LMS.</translation>
        </message>
    </context>
    <context>
        <name>course_tasks</name>
        <message>
            <source>Submit {count} grade</source>
            <translation>Soumettre {count} note</translation>
        </message>
        <message numerus="yes">
            <source>Submit {count} grades</source>
            <translation>
                <numerusform>Soumettre {count} note</numerusform>
                <numerusform>Soumettre {count} notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>course_view</name>
        <message>
            <source>saved here, not sent</source>
            <translation>enregistrée ici, non envoyée</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>en cours d'envoi</translation>
        </message>
        <message>
            <source>changed in the LMS: resolve</source>
            <translation>modifiée dans le LMS : à résoudre</translation>
        </message>
        <message>
            <source>not taken by the LMS</source>
            <translation>non acceptée par le LMS</translation>
        </message>
        <message>
            <source>Hover a cell for details; Enter on a name (or Ctrl+Shift+L) shows that learner's every line item.</source>
            <translation>Survolez une cellule pour les détails ; Entrée sur un nom (ou Ctrl+Maj+L) affiche toutes les colonnes de notes de cet apprenant.</translation>
        </message>
    </context>
    <context>
        <name>edit_requests</name>
        <message>
            <source>Read-only mode is on: nothing can be changed (View › Read-only mode).</source>
            <translation>Le mode lecture seule est activé : rien ne peut être modifié (Affichage › Mode lecture seule).</translation>
        </message>
        <message>
            <source>{learner}: {score} is above the maximum of {maximum} (extra credit).</source>
            <translation>{learner} : {score} dépasse le maximum de {maximum} (points bonus).</translation>
        </message>
        <message>
            <source>{learner} is not on the course roster: their grade cannot be changed here.</source>
            <translation>{learner} n'est pas dans la liste des inscrits du cours : sa note ne peut pas être modifiée ici.</translation>
        </message>
        <message>
            <source>type the points out of {maximum}, the Maximum column; Edit grade (Ctrl+E) takes another maximum</source>
            <translation>saisissez les points sur {maximum}, la colonne Maximum ; Modifier la note (Ctrl+E) permet un autre maximum</translation>
        </message>
        <message>
            <source>{learner}: {problem}</source>
            <translation>{learner} : {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{count} of the {total} scores are above the maximum of {maximum} (extra credit).</source>
            <translation>
                <numerusform>{count} des {total} valeurs de points dépasse le maximum de {maximum} (points bonus).</numerusform>
                <numerusform>{count} des {total} valeurs de points dépassent le maximum de {maximum} (points bonus).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>Cancelled before anything was sent.</source>
            <translation>Annulé avant tout envoi.</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS</source>
            <translation>Lecture des notes actuelles dans le LMS</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Kept the LMS's grade for {user}</source>
            <translation>Note du LMS conservée pour {user}</translation>
        </message>
        <message>
            <source>Checking what the LMS shows</source>
            <translation>Vérification de ce qu'affiche le LMS</translation>
        </message>
        <message>
            <source>LTIAAS could not be reached: {problem} The grades not yet sent stay queued.</source>
            <translation>LTIAAS est injoignable : {problem} Les notes pas encore envoyées restent en file d'attente.</translation>
        </message>
        <message>
            <source>the LMS answered HTTP {status} {times}</source>
            <translation>le LMS a répondu HTTP {status} {times}</translation>
        </message>
        <message>
            <source>the connection failed {times}</source>
            <translation>la connexion a échoué {times}</translation>
        </message>
        <message>
            <source>The LMS took none of the grades sent ({failures} for {user}): {problem} The grades not yet sent stay queued.</source>
            <translation>Le LMS n'a accepté aucune des notes envoyées ({failures} pour {user}) : {problem} Les notes pas encore envoyées restent en file d'attente.</translation>
        </message>
        <message>
            <source>Checking the grade of {user}</source>
            <translation>Vérification de la note de {user}</translation>
        </message>
        <message>
            <source>The grades could not be read from the LMS: {problem} The grades not yet verified stay queued.</source>
            <translation>Les notes n'ont pas pu être lues depuis le LMS : {problem} Les notes pas encore vérifiées restent en file d'attente.</translation>
        </message>
        <message>
            <source>A newer grade for {user} is queued</source>
            <translation>Une note plus récente pour {user} est en file d'attente</translation>
        </message>
        <message>
            <source>{problem} The grades not yet sent stay queued.</source>
            <translation>{problem} Les notes pas encore envoyées restent en file d'attente.</translation>
        </message>
        <message>
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most.</source>
            <translation>Le LMS a demandé d'attendre {wait}, plus longtemps que le délai maximal de {most} de cette application.</translation>
        </message>
        <message>
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most; {count} grade is kept queued to send later.</source>
            <translation>Le LMS a demandé d'attendre {wait}, plus longtemps que le délai maximal de {most} de cette application ; {count} note reste en file d'attente pour être envoyée plus tard.</translation>
        </message>
        <message>
            <source>Waiting {wait} before the next request</source>
            <translation>Attente de {wait} avant la prochaine requête</translation>
        </message>
        <message>
            <source>Done waiting</source>
            <translation>Attente terminée</translation>
        </message>
        <message>
            <source>{user} is queued</source>
            <translation>{user} est en file d'attente</translation>
        </message>
        <message>
            <source>Sending the grade of {user}</source>
            <translation>Envoi de la note de {user}</translation>
        </message>
        <message>
            <source>The LMS accepted the grade of {user}</source>
            <translation>Le LMS a accepté la note de {user}</translation>
        </message>
        <message>
            <source>The LMS shows the grade of {user}</source>
            <translation>Le LMS affiche la note de {user}</translation>
        </message>
        <message>
            <source>The grade of {user} changed in the LMS</source>
            <translation>La note de {user} a changé dans le LMS</translation>
        </message>
        <message>
            <source>The grade of {user} was not taken</source>
            <translation>La note de {user} n'a pas été prise en compte</translation>
        </message>
        <message>
            <source>once</source>
            <translation>une fois</translation>
        </message>
        <message>
            <source>twice</source>
            <translation>deux fois</translation>
        </message>
        <message>
            <source>three times</source>
            <translation>trois fois</translation>
        </message>
        <message>
            <source>four times</source>
            <translation>quatre fois</translation>
        </message>
        <message>
            <source>five times</source>
            <translation>cinq fois</translation>
        </message>
        <message>
            <source>six times</source>
            <translation>six fois</translation>
        </message>
        <message>
            <source>seven times</source>
            <translation>sept fois</translation>
        </message>
        <message>
            <source>eight times</source>
            <translation>huit fois</translation>
        </message>
        <message>
            <source>nine times</source>
            <translation>neuf fois</translation>
        </message>
        <message>
            <source>ten times</source>
            <translation>dix fois</translation>
        </message>
        <message>
            <source>Cancelled: the grades not yet sent stay queued.</source>
            <translation>Annulé : les notes pas encore envoyées restent en file d'attente.</translation>
        </message>
        <message numerus="yes">
            <source>LTIAAS kept asking to slow down ({count} times in a row): {problem} The grades not yet sent stay queued.</source>
            <translation>
                <numerusform>LTIAAS a demandé de ralentir ({count} fois de suite) : {problem} Les notes pas encore envoyées restent en file d'attente.</numerusform>
                <numerusform>LTIAAS a demandé sans cesse de ralentir ({count} fois de suite) : {problem} Les notes pas encore envoyées restent en file d'attente.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most; {count} grades are kept queued to send later.</source>
            <translation>
                <numerusform>Le LMS a demandé d'attendre {wait}, plus longtemps que le délai maximal de {most} de cette application ; {count} note reste en file d'attente pour être envoyée plus tard.</numerusform>
                <numerusform>Le LMS a demandé d'attendre {wait}, plus longtemps que le délai maximal de {most} de cette application ; {count} notes restent en file d'attente pour être envoyées plus tard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} times</source>
            <translation>
                <numerusform>{count} fois</numerusform>
                <numerusform>{count} fois</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{count} second</source>
            <translation>{count} seconde</translation>
        </message>
        <message>
            <source>{count} minute</source>
            <translation>{count} minute</translation>
        </message>
        <message>
            <source>{count} hour</source>
            <translation>{count} heure</translation>
        </message>
        <message>
            <source>{count} day</source>
            <translation>{count} jour</translation>
        </message>
        <message>
            <source>more than 100 years</source>
            <translation>plus de 100 ans</translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} jour</numerusform>
                <numerusform>{count} jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} hours</source>
            <translation>
                <numerusform>{count} heure</numerusform>
                <numerusform>{count} heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} minutes</source>
            <translation>
                <numerusform>{count} minute</numerusform>
                <numerusform>{count} minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} seconds</source>
            <translation>
                <numerusform>{count} seconde</numerusform>
                <numerusform>{count} secondes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>{user}: the user ID had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user} : l'ID utilisateur contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</translation>
        </message>
        <message>
            <source>{user}: the name had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user} : le nom contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</translation>
        </message>
        <message>
            <source>{user}: the email had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user} : l'e-mail contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</translation>
        </message>
        <message>
            <source>{user}: the comment had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user} : le commentaire contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</translation>
        </message>
        <message numerus="yes">
            <source>{user}: the comment had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user} : le commentaire contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</numerusform>
                <numerusform>{user} : le commentaire contenait {count} caractères qu'un tableur ne peut pas contenir ; ils ont été remplacés par {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the email had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user} : l'e-mail contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</numerusform>
                <numerusform>{user} : l'e-mail contenait {count} caractères qu'un tableur ne peut pas contenir ; ils ont été remplacés par {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the name had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user} : le nom contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</numerusform>
                <numerusform>{user} : le nom contenait {count} caractères qu'un tableur ne peut pas contenir ; ils ont été remplacés par {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the user ID had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user} : l'ID utilisateur contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</numerusform>
                <numerusform>{user} : l'ID utilisateur contenait {count} caractères qu'un tableur ne peut pas contenir ; ils ont été remplacés par {replacement}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export grades</source>
            <translation>Exporter les notes</translation>
        </message>
        <message>
            <source>grades</source>
            <translation>notes</translation>
        </message>
    </context>
    <context>
        <name>grid</name>
        <message>
            <source>{reason}, not sent: {why} (the LMS refuses their grades)</source>
            <translation>{reason}, non envoyée : {why} (le LMS refuse ses notes)</translation>
        </message>
    </context>
    <context>
        <name>grid_file</name>
        <message>
            <source>The label of {line_item} had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>Le libellé de {line_item} contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</translation>
        </message>
        <message>
            <source>A user ID had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>Un ID utilisateur contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</translation>
        </message>
        <message>
            <source>The workbook's hidden sheet '{sheet}' cannot be read.</source>
            <translation>La feuille masquée « {sheet} » du classeur ne peut pas être lue.</translation>
        </message>
        <message>
            <source>The workbook's hidden sheet '{sheet}' was changed, so edits cannot be told from changes made in the LMS: export the grid again and copy your edits into it.</source>
            <translation>La feuille masquée « {sheet} » du classeur a été modifiée : vos modifications ne peuvent donc plus être distinguées des changements faits dans le LMS. Exportez de nouveau la grille et recopiez-y vos modifications.</translation>
        </message>
        <message>
            <source>a grid file has userId, name and email, then one column per line item named 'label [id]', as 'gradebook grid' writes it</source>
            <translation>un fichier de grille contient userId, nom et e-mail, puis une colonne par colonne de notes nommée « libellé [id] », tel que l'écrit « gradebook grid »</translation>
        </message>
        <message>
            <source>The column '{header}' names the line item {wanted}, which this course does not have (deleted in the LMS, or a file of another course).</source>
            <translation>La colonne « {header} » désigne la colonne de notes {wanted}, que ce cours n'a pas (supprimée dans le LMS, ou fichier d'un autre cours).</translation>
        </message>
        <message>
            <source>The column '{header}' is not a line item: {expected}.</source>
            <translation>La colonne « {header} » n'est pas une colonne de notes : {expected}.</translation>
        </message>
        <message>
            <source>The columns '{first}' and '{header}' are the same line item: remove one of them.</source>
            <translation>Les colonnes « {first} » et « {header} » sont la même colonne de notes : supprimez l'une d'elles.</translation>
        </message>
        <message>
            <source>The column '{removed}' was removed from the file, but its base column is still there: put the column back (blank cells leave grades alone), or export the grid again.</source>
            <translation>La colonne « {removed} » a été supprimée du fichier, mais sa colonne de base est toujours là : remettez la colonne (les cellules vides ne modifient pas les notes), ou exportez de nouveau la grille.</translation>
        </message>
        <message>
            <source>The file has no line item column: {expected}.</source>
            <translation>Le fichier n'a aucune colonne de notes : {expected}.</translation>
        </message>
        <message numerus="yes">
            <source>A user ID had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>Un ID utilisateur contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</numerusform>
                <numerusform>Un ID utilisateur contenait {count} caractères qu'un tableur ne peut pas contenir ; ils ont été remplacés par {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The column header {column} is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>L'en-tête de colonne {column} est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que le premier caractère ({count}).</numerusform>
                <numerusform>L'en-tête de colonne {column} est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que les {count} premiers caractères.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The label of {line_item} had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>Le libellé de {line_item} contenait {count} caractère qu'un tableur ne peut pas contenir ; il a été remplacé par {replacement}.</numerusform>
                <numerusform>Le libellé de {line_item} contenait {count} caractères qu'un tableur ne peut pas contenir ; ils ont été remplacés par {replacement}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The user ID {user} is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>L'ID utilisateur {user} est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que le premier caractère ({count}).</numerusform>
                <numerusform>L'ID utilisateur {user} est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que les {count} premiers caractères.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>history_view</name>
        <message>
            <source>Verified</source>
            <translation>Vérifié</translation>
        </message>
        <message>
            <source>Conflict: not sent</source>
            <translation>Conflit : non envoyé</translation>
        </message>
        <message>
            <source>Refused by the LMS</source>
            <translation>Refusé par le LMS</translation>
        </message>
        <message>
            <source>Ignored by the LMS</source>
            <translation>Ignoré par le LMS</translation>
        </message>
        <message>
            <source>Capped at the maximum</source>
            <translation>Plafonné au maximum</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Kept the LMS's grade and comment</source>
            <translation>Note et commentaire du LMS conservés</translation>
        </message>
        <message>
            <source>Replaced by a newer grade</source>
            <translation>Remplacé par une note plus récente</translation>
        </message>
        <message>
            <source>Export the history</source>
            <translation>Exporter l'historique</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <translation>« {text} »</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>“{text}” (same)</source>
            <translation>« {text} » (identique)</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Before: {before}
After: {after}</source>
            <translation>Avant : {before}
Après : {after}</translation>
        </message>
        <message>
            <source>LMS's comment kept</source>
            <translation>Commentaire du LMS conservé</translation>
        </message>
        <message>
            <source>left as it was</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <source>LMS's comment kept; yours “{text}” not sent</source>
            <translation>Commentaire du LMS conservé ; le vôtre, « {text} », non envoyé</translation>
        </message>
        <message>
            <source>LMS's comment kept; your removal not sent</source>
            <translation>Commentaire du LMS conservé ; votre suppression non envoyée</translation>
        </message>
        <message>
            <source>Before: {before}
Yours, not sent: {yours}
The LMS's grade and comment were kept (the reason says what they are).</source>
            <translation>Avant : {before}
Votre commentaire, non envoyé : {yours}
La note et le commentaire du LMS ont été conservés (la colonne Motif les indique).</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>The window will show the new language the next time the app starts.</source>
            <translation>La fenêtre affichera la nouvelle langue au prochain démarrage de l'application.</translation>
        </message>
    </context>
    <context>
        <name>import_mapping_page</name>
        <message>
            <source>The columns are as you chose them for the last import: check them.</source>
            <translation>Les colonnes sont celles choisies lors du dernier import : vérifiez-les.</translation>
        </message>
        <message>
            <source>No column name says which student a row is for: choose that column.</source>
            <translation>Aucun nom de colonne n'indique à quel apprenant correspond une ligne : choisissez cette colonne.</translation>
        </message>
        <message>
            <source>The columns were guessed from their names: check them.</source>
            <translation>Les colonnes ont été devinées d'après leur nom : vérifiez-les.</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} et {second}</translation>
        </message>
    </context>
    <context>
        <name>import_page_parts</name>
        <message>
            <source>Fix it in your spreadsheet program, save it, then choose “Read the file again”.</source>
            <translation>Corrigez-le dans votre tableur, enregistrez-le, puis choisissez « Relire le fichier ».</translation>
        </message>
    </context>
    <context>
        <name>import_preview</name>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Apprenant</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Score now</source>
            <translation>Points actuels</translation>
        </message>
        <message>
            <source>New score</source>
            <translation>Nouveaux points</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Explication</translation>
        </message>
        <message>
            <source>will change</source>
            <translation>à modifier</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangée</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ignorée</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Toutes</translation>
        </message>
        <message>
            <source>Show all rows</source>
            <translation>Afficher toutes les lignes</translation>
        </message>
        <message>
            <source>Will c&amp;hange</source>
            <translation>À &amp;modifier</translation>
        </message>
        <message>
            <source>Show rows that will change</source>
            <translation>Afficher les lignes à modifier</translation>
        </message>
        <message>
            <source>Show rows with errors</source>
            <translation>Afficher les lignes en erreur</translation>
        </message>
        <message>
            <source>&amp;Unchanged</source>
            <translation>&amp;Inchangées</translation>
        </message>
        <message>
            <source>Show unchanged rows</source>
            <translation>Afficher les lignes inchangées</translation>
        </message>
        <message>
            <source>S&amp;kipped</source>
            <translation>I&amp;gnorées</translation>
        </message>
        <message>
            <source>Show skipped rows</source>
            <translation>Afficher les lignes ignorées</translation>
        </message>
        <message>
            <source>&amp;Errors</source>
            <translation>&amp;Erreurs</translation>
        </message>
        <message>
            <source>Select a row to read everything about it here.</source>
            <translation>Sélectionnez une ligne pour lire ici tout ce qui la concerne.</translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <source>Choose a spreadsheet to import</source>
            <translation>Choisir une feuille de calcul à importer</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation>Feuilles de calcul (*.csv *.xlsx *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message>
            <source>Cannot read {file}: {problem}.</source>
            <translation>Impossible de lire {file} : {problem}.</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a file of grades: choose a CSV or XLSX file.</source>
            <translation>{path} est {kind}, pas un fichier de notes : choisissez un fichier CSV ou XLSX.</translation>
        </message>
        <message>
            <source>{file} is too large for a grade import.</source>
            <translation>{file} est trop volumineux pour un import de notes.</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>un dossier</translation>
        </message>
        <message>
            <source>a named pipe</source>
            <translation>un tube nommé</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un périphérique</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>un fichier spécial</translation>
        </message>
        <message>
            <source>This is an old Excel workbook (.xls): save it as .xlsx or CSV and import that.</source>
            <translation>Ceci est un ancien classeur Excel (.xls) : enregistrez-le au format .xlsx ou CSV et importez ce fichier.</translation>
        </message>
        <message>
            <source>The file is not a readable XLSX workbook (it may be damaged).</source>
            <translation>Le fichier n'est pas un classeur XLSX lisible (il est peut-être endommagé).</translation>
        </message>
        <message>
            <source>A quote opened on line {line} is never closed.</source>
            <translation>Un guillemet ouvert à la ligne {line} n'est jamais fermé.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as CSV ({problem}).</source>
            <translation>La ligne {line} ne peut pas être lue comme CSV ({problem}).</translation>
        </message>
        <message>
            <source>The file is not text in UTF-8, UTF-16 or Windows-1252: it cannot be read as CSV.</source>
            <translation>Le fichier n'est pas du texte en UTF-8, UTF-16 ou Windows-1252 : il ne peut pas être lu comme CSV.</translation>
        </message>
        <message>
            <source>The file holds binary data, not a CSV table.</source>
            <translation>Le fichier contient des données binaires, pas un tableau CSV.</translation>
        </message>
        <message>
            <source>Line {line}, byte {byte} (at byte {position} of the file) is not UTF-8, but the rest of the file is: part of it was written in another encoding. Save the file as UTF-8 and import it again.</source>
            <translation>Ligne {line}, octet {byte} (à l'octet {position} du fichier) : ce n'est pas de l'UTF-8, alors que le reste du fichier l'est : une partie a été écrite dans un autre encodage. Enregistrez le fichier en UTF-8 et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>The column '{name}' appears twice (columns {first} and {second}): rename one of them.</source>
            <translation>La colonne « {name} » apparaît deux fois (colonnes {first} et {second}) : renommez l'une d'elles.</translation>
        </message>
        <message>
            <source>The columns '{first_name}' ({first}) and '{name}' ({second}) have the same name but for case, spaces or punctuation, so either could be read: rename or remove one of them.</source>
            <translation>Les colonnes « {first_name} » ({first}) et « {name} » ({second}) ont le même nom, aux majuscules, espaces ou signes de ponctuation près ; l'une comme l'autre pourrait être lue : renommez ou supprimez l'une d'elles.</translation>
        </message>
        <message>
            <source>The file has a header row but no grades below it.</source>
            <translation>Le fichier a une ligne d'en-tête mais aucune note en dessous.</translation>
        </message>
        <message>
            <source>No column identifies the student: the file needs a userId, email or name column (it has: {headers}).</source>
            <translation>Aucune colonne n'identifie l'apprenant : le fichier doit avoir une colonne userId, e-mail ou nom (il contient : {headers}).</translation>
        </message>
        <message>
            <source>No column identifies the student: the file needs a {kind} column (it has: {headers}).</source>
            <translation>Aucune colonne n'identifie l'apprenant : le fichier doit avoir une colonne {kind} (il contient : {headers}).</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first} ; {rest}</translation>
        </message>
        <message>
            <source>The file has no column {missing} (it has: {headers}).</source>
            <translation>Le fichier n'a pas de colonne {missing} (il contient : {headers}).</translation>
        </message>
        <message>
            <source>Choose the column with the scores (or the comments) to import.</source>
            <translation>Choisissez la colonne des points (ou des commentaires) à importer.</translation>
        </message>
        <message>
            <source>the same student is also on line {lines}</source>
            <translation>le même apprenant figure aussi à la ligne {lines}</translation>
        </message>
        <message>
            <source>the row has {count} more cell than the header: a text with a delimiter in it needs quotes</source>
            <translation>la ligne a {count} cellule de plus que la ligne d'en-tête : un texte qui contient le séparateur doit être entre guillemets</translation>
        </message>
        <message>
            <source>the {column} cell holds a formula; paste it as a value (Paste Special, Values) and import again</source>
            <translation>la cellule {column} contient une formule ; collez-la comme valeur (Collage spécial, Valeurs) et importez de nouveau</translation>
        </message>
        <message>
            <source>a comment needs a score: this student has no grade yet</source>
            <translation>un commentaire nécessite des points : cet apprenant n'a pas encore de note</translation>
        </message>
        <message>
            <source>score</source>
            <translation>points</translation>
        </message>
        <message>
            <source>not on the course roster (the student may have left the course)</source>
            <translation>absent de la liste des inscrits du cours (l'apprenant a peut-être quitté le cours)</translation>
        </message>
        <message>
            <source>extra credit: {score} is above the maximum {maximum}</source>
            <translation>points bonus : {score} dépasse le maximum {maximum}</translation>
        </message>
        <message>
            <source>grading progress {grading}: most LMSes then show no grade</source>
            <translation>progression de la notation {grading} : la plupart des LMS n'affichent alors aucune note</translation>
        </message>
        <message>
            <source>same as in the LMS</source>
            <translation>identique au LMS</translation>
        </message>
        <message>
            <source>not changed in the file</source>
            <translation>non modifiée dans le fichier</translation>
        </message>
        <message>
            <source>the LMS has changed since the export: {drift}</source>
            <translation>le LMS a changé depuis l'export : {drift}</translation>
        </message>
        <message>
            <source>{what}: {problem}</source>
            <translation>{what} : {problem}</translation>
        </message>
        <message>
            <source>changed in the LMS since the export: {drift}</source>
            <translation>modifiée dans le LMS depuis l'export : {drift}</translation>
        </message>
        <message>
            <source>blank: left unchanged</source>
            <translation>vide : laissée inchangée</translation>
        </message>
        <message>
            <source>no {column} on this row</source>
            <translation>pas de {column} sur cette ligne</translation>
        </message>
        <message>
            <source>more than one learner has the email {text}: match by user ID instead</source>
            <translation>plusieurs apprenants ont l'e-mail {text} : identifiez-les plutôt par ID utilisateur</translation>
        </message>
        <message>
            <source>more than one learner is called {text}: match by user ID or email instead</source>
            <translation>plusieurs apprenants s'appellent {text} : identifiez-les plutôt par ID utilisateur ou par e-mail</translation>
        </message>
        <message>
            <source>no student in this course matches {text}</source>
            <translation>aucun apprenant de ce cours ne correspond à {text}</translation>
        </message>
        <message>
            <source>the user ID is a date ({cell}): the spreadsheet turned an ID into a date; format the ID column as text and paste the IDs again</source>
            <translation>l'ID utilisateur est une date ({cell}) : le tableur a transformé un ID en date ; mettez la colonne des ID au format texte et collez de nouveau les ID</translation>
        </message>
        <message>
            <source>{cell} is not a user ID</source>
            <translation>{cell} n'est pas un ID utilisateur</translation>
        </message>
        <message>
            <source>the user ID is a number with decimals ({cell})</source>
            <translation>l'ID utilisateur est un nombre avec des décimales ({cell})</translation>
        </message>
        <message>
            <source>no student has the user ID {text}, but {padded} does: the spreadsheet dropped leading zeros; format the ID column as text and paste the IDs again</source>
            <translation>aucun apprenant n'a l'ID utilisateur {text}, mais {padded} existe : le tableur a supprimé les zéros initiaux ; mettez la colonne des ID au format texte et collez de nouveau les ID</translation>
        </message>
        <message>
            <source>the user ID {text} is in scientific notation: the spreadsheet lost its digits; format the ID column as text and paste the IDs again</source>
            <translation>l'ID utilisateur {text} est en notation scientifique : le tableur a perdu des chiffres ; mettez la colonne des ID au format texte et collez de nouveau les ID</translation>
        </message>
        <message>
            <source>the user ID {text} looks like a date: the spreadsheet turned an ID into a date; format the ID column as text and paste the IDs again</source>
            <translation>l'ID utilisateur {text} ressemble à une date : le tableur a transformé un ID en date ; mettez la colonne des ID au format texte et collez de nouveau les ID</translation>
        </message>
        <message>
            <source>no student has the user ID {text}; {whole} does, written as a decimal number: write the ID as it is in the LMS</source>
            <translation>aucun apprenant n'a l'ID utilisateur {text} ; {whole} existe, écrit comme un nombre décimal : écrivez l'ID tel qu'il figure dans le LMS</translation>
        </message>
        <message>
            <source>no student with the user ID {text} in this course</source>
            <translation>aucun apprenant avec l'ID utilisateur {text} dans ce cours</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>maximum</translation>
        </message>
        <message>
            <source>the maximum must be greater than 0</source>
            <translation>le maximum doit être supérieur à 0</translation>
        </message>
        <message>
            <source>{column} {text} is not one of {values}</source>
            <translation>{column} {text} ne fait pas partie de {values}</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} sur {maximum}</translation>
        </message>
        <message>
            <source>score {old} → {new}</source>
            <translation>points {old} → {new}</translation>
        </message>
        <message>
            <source>comment changed</source>
            <translation>commentaire modifié</translation>
        </message>
        <message>
            <source>comment added</source>
            <translation>commentaire ajouté</translation>
        </message>
        <message>
            <source>base {base}, now {now}</source>
            <translation>base {base}, maintenant {now}</translation>
        </message>
        <message>
            <source>the comment was edited</source>
            <translation>le commentaire a été modifié</translation>
        </message>
        <message>
            <source>the cell holds a number of thousands of digits</source>
            <translation>la cellule contient un nombre de plusieurs milliers de chiffres</translation>
        </message>
        <message>
            <source>write the points, with the maximum in the maximum column</source>
            <translation>saisissez les points, avec le maximum dans la colonne du maximum</translation>
        </message>
        <message>
            <source>the spreadsheet shows a date or time ({value}), not a number</source>
            <translation>le tableur affiche une date ou une heure ({value}), pas un nombre</translation>
        </message>
        <message numerus="yes">
            <source>the row has {count} more cells than the header: a text with a delimiter in it needs quotes</source>
            <translation>
                <numerusform>la ligne a {count} cellule de plus que la ligne d'en-tête : un texte qui contient le séparateur doit être entre guillemets</numerusform>
                <numerusform>la ligne a {count} cellules de plus que la ligne d'en-tête : un texte qui contient le séparateur doit être entre guillemets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the same student is also on lines {lines}</source>
            <translation>
                <numerusform>le même apprenant figure aussi à la ligne {lines}</numerusform>
                <numerusform>le même apprenant figure aussi aux lignes {lines}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>line_item_dialog</name>
        <message>
            <source>{count} learner has a grade. Most LMSes keep their points, so their percentages change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.</source>
            <translation>{count} apprenant a une note. La plupart des LMS conservent ses points, donc son pourcentage change : {score} sur {old} vaut {old_percent} maintenant, {new_percent} sur {new}.</translation>
        </message>
        <message>
            <source>{count} score is above the new maximum and becomes extra credit.</source>
            <translation>{count} valeur de points dépasse le nouveau maximum et devient des points bonus.</translation>
        </message>
        <message numerus="yes">
            <source>{count} scores are above the new maximum and become extra credit.</source>
            <translation>
                <numerusform>{count} valeur de points dépasse le nouveau maximum et devient des points bonus.</numerusform>
                <numerusform>{count} valeurs de points dépassent le nouveau maximum et deviennent des points bonus.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the grade column “{label}” from the LMS gradebook?

Every grade and comment in it is deleted in the LMS too. This cannot be undone.</source>
            <translation>Supprimer la colonne de notes « {label} » du carnet de notes du LMS ?

Toutes ses notes et tous ses commentaires sont aussi supprimés dans le LMS. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete grade column</source>
            <translation>Supprimer la colonne de notes</translation>
        </message>
        <message>
            <source>Delete “{label}”</source>
            <translation>Supprimer « {label} »</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners have a grade. Most LMSes keep their points, so their percentages change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.</source>
            <translation>
                <numerusform>{count} apprenant a une note. La plupart des LMS conservent ses points, donc son pourcentage change : {score} sur {old} vaut {old_percent} maintenant, {new_percent} sur {new}.</numerusform>
                <numerusform>{count} apprenants ont une note. La plupart des LMS conservent leurs points, donc leurs pourcentages changent : {score} sur {old} vaut {old_percent} maintenant, {new_percent} sur {new}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>line_item_model</name>
        <message>
            <source>out of {maximum}</source>
            <translation>sur {maximum}</translation>
        </message>
        <message>
            <source>opens {date}</source>
            <translation>ouverture le {date}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>date limite le {date}</translation>
        </message>
    </context>
    <context>
        <name>local_data_dialog</name>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} colonne de notes</numerusform>
                <numerusform>{count} colonnes de notes</numerusform>
            </translation>
        </message>
        <message>
            <source>the downloaded grades of {columns}</source>
            <translation>les notes téléchargées de {columns}</translation>
        </message>
        <message>
            <source>the grades as last downloaded (for working offline)</source>
            <translation>les notes telles que téléchargées la dernière fois (pour travailler hors ligne)</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} colonne de notes</translation>
        </message>
        <message>
            <source>{count} grade not yet confirmed by the LMS: it will never be sent</source>
            <translation>{count} note pas encore confirmée par le LMS : elle ne sera jamais envoyée</translation>
        </message>
        <message>
            <source>{count} draft not yet submitted</source>
            <translation>{count} brouillon pas encore soumis</translation>
        </message>
        <message>
            <source>{count} entry of the history of what was sent</source>
            <translation>{count} entrée de l'historique des envois</translation>
        </message>
        <message>
            <source>Remove everything kept on this computer for “{label}”?</source>
            <translation>Supprimer tout ce qui est conservé sur cet ordinateur pour « {label} » ?</translation>
        </message>
        <message>
            <source>Remove everything kept on this computer for every grade column of {connection}?</source>
            <translation>Supprimer tout ce qui est conservé sur cet ordinateur pour toutes les colonnes de notes de {connection} ?</translation>
        </message>
        <message>
            <source>The grades in the LMS are not changed. This cannot be undone.</source>
            <translation>Les notes dans le LMS ne sont pas modifiées. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Forever</source>
            <translation>Indéfiniment</translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} jour</numerusform>
                <numerusform>{count} jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} drafts not yet submitted</source>
            <translation>
                <numerusform>{count} brouillon pas encore soumis</numerusform>
                <numerusform>{count} brouillons pas encore soumis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} entries of the history of what was sent</source>
            <translation>
                <numerusform>{count} entrée de l'historique des envois</numerusform>
                <numerusform>{count} entrées de l'historique des envois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades not yet confirmed by the LMS: they will never be sent</source>
            <translation>
                <numerusform>{count} note pas encore confirmée par le LMS : elle ne sera jamais envoyée</numerusform>
                <numerusform>{count} notes pas encore confirmées par le LMS : elles ne seront jamais envoyées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>A grade column needs a name.</source>
            <translation>Une colonne de notes doit avoir un nom.</translation>
        </message>
    </context>
    <context>
        <name>numbers</name>
        <message>
            <source>write the points, with the maximum in its own place</source>
            <translation>saisissez les points, avec le maximum à sa propre place</translation>
        </message>
        <message>
            <source>no number is written</source>
            <translation>aucun nombre n'est saisi</translation>
        </message>
        <message>
            <source>NaN (not a number) is not a score</source>
            <translation>NaN (pas un nombre) n'est pas une valeur de points</translation>
        </message>
        <message>
            <source>infinity is not a score</source>
            <translation>l'infini n'est pas une valeur de points</translation>
        </message>
        <message>
            <source>{shown} is a percentage: write the points instead</source>
            <translation>{shown} est un pourcentage : saisissez plutôt les points</translation>
        </message>
        <message>
            <source>{shown} is a fraction: {advice}</source>
            <translation>{shown} est une fraction : {advice}</translation>
        </message>
        <message>
            <source>{shown} is not a number</source>
            <translation>{shown} n'est pas un nombre</translation>
        </message>
        <message>
            <source>{shown} is negative: a score is 0 or more</source>
            <translation>{shown} est négatif : des points valent 0 ou plus</translation>
        </message>
        <message>
            <source>{shown} is too large to be a score</source>
            <translation>{shown} est trop grand pour être une valeur de points</translation>
        </message>
        <message>
            <source>the maximum {maximum} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>le maximum {maximum} a plus de décimales qu'un LMS n'en conserve ({decimals}) : il serait envoyé comme 0</translation>
        </message>
        <message>
            <source>{score} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>{score} a plus de décimales qu'un LMS n'en conserve ({decimals}) : il serait envoyé comme 0</translation>
        </message>
        <message>
            <source>{score} out of {maximum} has more decimals than an LMS keeps ({decimals}): it would become {kept_score} out of {kept_maximum}</source>
            <translation>{score} sur {maximum} a plus de décimales qu'un LMS n'en conserve ({decimals}) : cela deviendrait {kept_score} sur {kept_maximum}</translation>
        </message>
        <message>
            <source>'{text}'</source>
            <translation>« {text} »</translation>
        </message>
        <message>
            <source>a number of thousands of digits</source>
            <translation>un nombre de plusieurs milliers de chiffres</translation>
        </message>
        <message>
            <source>{shown} has digit grouping, which is not read: write {plain}</source>
            <translation>{shown} contient un séparateur de milliers, qui n'est pas lu : saisissez {plain}</translation>
        </message>
        <message>
            <source>{shown} could be {whole} or {decimal}: digit grouping is not read; write {whole}, or {decimal} for the decimal number</source>
            <translation>{shown} pourrait valoir {whole} ou {decimal} : le séparateur de milliers n'est pas lu ; saisissez {whole}, ou {decimal} pour le nombre décimal</translation>
        </message>
        <message>
            <source>{shown} is in scientific notation, which is not read: write the number in full</source>
            <translation>{shown} est en notation scientifique, qui n'est pas lue : saisissez le nombre en entier</translation>
        </message>
        <message>
            <source>{shown} is in scientific notation, which is not read: write {plain}</source>
            <translation>{shown} est en notation scientifique, qui n'est pas lue : saisissez {plain}</translation>
        </message>
        <message numerus="yes">
            <source>{start}…{end} ({count} characters)</source>
            <translation>
                <numerusform>{start}…{end} ({count} caractère)</numerusform>
                <numerusform>{start}…{end} ({count} caractères)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>outbox_prompt</name>
        <message>
            <source>{count} grade queued for {label}. Send it now?</source>
            <translation>{count} note en file d'attente pour {label}. L'envoyer maintenant ?</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades queued for {label}. Send them now?</source>
            <translation>
                <numerusform>{count} note en file d'attente pour {label}. L'envoyer maintenant ?</numerusform>
                <numerusform>{count} notes en file d'attente pour {label}. Les envoyer maintenant ?</numerusform>
            </translation>
        </message>
        <message>
            <source>• {count} grade for {label}</source>
            <translation>• {count} note pour {label}</translation>
        </message>
        <message numerus="yes">
            <source>• {count} grades for {label}</source>
            <translation>
                <numerusform>• {count} note pour {label}</numerusform>
                <numerusform>• {count} notes pour {label}</numerusform>
            </translation>
        </message>
        <message>
            <source>Grades are queued from your last session:
{lines}

Send them now?</source>
            <translation>Des notes de votre dernière session sont en file d'attente :
{lines}

Les envoyer maintenant ?</translation>
        </message>
    </context>
    <context>
        <name>pasted_column</name>
        <message>
            <source>Copy a single column of scores: the clipboard holds several columns.</source>
            <translation>Copiez une seule colonne de points : le presse-papiers contient plusieurs colonnes.</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <source>no grade</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <source>{grade} without a comment</source>
            <translation>{grade} sans commentaire</translation>
        </message>
        <message>
            <source>{grade} with the comment “{comment}”</source>
            <translation>{grade} avec le commentaire « {comment} »</translation>
        </message>
        <message>
            <source>{grade}, the comment left as it was</source>
            <translation>{grade}, commentaire inchangé</translation>
        </message>
        <message>
            <source>{grade}, the comment removed</source>
            <translation>{grade}, commentaire supprimé</translation>
        </message>
        <message>
            <source>The LMS capped {score} at the maximum {maximum}.</source>
            <translation>Le LMS a plafonné {score} au maximum {maximum}.</translation>
        </message>
        <message>
            <source>The LMS accepted {sent} but still shows {shown}.</source>
            <translation>Le LMS a accepté {sent} mais affiche toujours {shown}.</translation>
        </message>
        <message>
            <source>Changed in the LMS since it was downloaded: it was {was}, it is now {now}; yours is {yours}.</source>
            <translation>Modifiée dans le LMS depuis le téléchargement : elle était {was}, elle est maintenant {now} ; la vôtre est {yours}.</translation>
        </message>
        <message>
            <source>You kept the LMS's grade and comment: {now} (it was {was} when downloaded). Your edit, {yours}, was dropped and not sent.</source>
            <translation>Vous avez gardé la note et le commentaire du LMS : {now} (c'était {was} au téléchargement). Votre modification, {yours}, a été abandonnée et n'a pas été envoyée.</translation>
        </message>
        <message>
            <source>The LMS already shows this grade.</source>
            <translation>Le LMS affiche déjà cette note.</translation>
        </message>
        <message>
            <source>Not applied: {failures}; still queued, to send again later.</source>
            <translation>Non appliquée : {failures} ; reste en file d'attente, à renvoyer plus tard.</translation>
        </message>
        <message>
            <source>Not sent: {failures}; still queued, to send again later.</source>
            <translation>Non envoyée : {failures} ; reste en file d'attente, à renvoyer plus tard.</translation>
        </message>
    </context>
    <context>
        <name>quit_prompt</name>
        <message>
            <source>Grades are being sent. Quit anyway?</source>
            <translation>Des notes sont en cours d'envoi. Quitter quand même ?</translation>
        </message>
        <message>
            <source>{count} grade is not in the LMS yet. Quit anyway?</source>
            <translation>{count} note n'est pas encore dans le LMS. Quitter quand même ?</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades are not in the LMS yet. Quit anyway?</source>
            <translation>
                <numerusform>{count} note n'est pas encore dans le LMS. Quitter quand même ?</numerusform>
                <numerusform>{count} notes ne sont pas encore dans le LMS. Quitter quand même ?</numerusform>
            </translation>
        </message>
        <message>
            <source>This is the demo course: a new one starts with the app, so these changes are gone once you quit.</source>
            <translation>Ceci est le cours de démonstration : un nouveau cours démarre avec l'application, ces modifications disparaissent donc dès que vous quittez.</translation>
        </message>
        <message>
            <source>Quitting stops the sending; the grades not yet sent stay queued on this computer, and the app offers to send them when you open this course again.</source>
            <translation>Quitter interrompt l'envoi ; les notes pas encore envoyées restent en file d'attente sur cet ordinateur, et l'application propose de les envoyer à la prochaine ouverture de ce cours.</translation>
        </message>
        <message>
            <source>They are kept on this computer: the next time you open this course, the app shows them and offers to send them. Nothing is sent until you say so.</source>
            <translation>Elles sont conservées sur cet ordinateur : à la prochaine ouverture de ce cours, l'application les affiche et propose de les envoyer. Rien n'est envoyé sans votre accord.</translation>
        </message>
    </context>
    <context>
        <name>results_columns</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>ID utilisateur</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Pourcentage</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>review_dialog</name>
        <message>
            <source>Canvas adds every comment it receives as a new submission comment, so a comment is sent only where you changed it.</source>
            <translation>Canvas ajoute chaque commentaire reçu comme nouveau commentaire de soumission ; un commentaire n'est donc envoyé que là où vous l'avez modifié.</translation>
        </message>
        <message>
            <source>The LMS is not identified, so the standard LTI rule applies: a grade sent without a comment removes the comment, so each grade is sent with the learner's comment (the current one where you did not change it).</source>
            <translation>Le LMS n'est pas identifié, la règle LTI standard s'applique donc : une note envoyée sans commentaire supprime le commentaire. Chaque note est donc envoyée avec le commentaire de l'apprenant (le commentaire actuel là où vous ne l'avez pas modifié).</translation>
        </message>
        <message>
            <source>{lms} replaces the comment with every grade it receives, so each grade is sent with the learner's comment (the current one where you did not change it).</source>
            <translation>{lms} remplace le commentaire à chaque note reçue ; chaque note est donc envoyée avec le commentaire de l'apprenant (le commentaire actuel là où vous ne l'avez pas modifié).</translation>
        </message>
        <message>
            <source>{count} changed in the LMS since you edited it</source>
            <translation>{count} note modifiée dans le LMS depuis votre modification</translation>
        </message>
        <message>
            <source>{count} gives extra credit</source>
            <translation>{count} avec points bonus</translation>
        </message>
        <message numerus="yes">
            <source>{count} give extra credit</source>
            <translation>
                <numerusform>{count} avec points bonus</numerusform>
                <numerusform>{count} avec points bonus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} changed in the LMS since you edited them</source>
            <translation>
                <numerusform>{count} note modifiée dans le LMS depuis votre modification</numerusform>
                <numerusform>{count} notes modifiées dans le LMS depuis vos modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade to clear</source>
            <translation>{count} note à effacer</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades to clear</source>
            <translation>
                <numerusform>{count} note à effacer</numerusform>
                <numerusform>{count} notes à effacer</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} comment to remove</source>
            <translation>{count} commentaire à supprimer</translation>
        </message>
        <message numerus="yes">
            <source>{count} comments to remove</source>
            <translation>
                <numerusform>{count} commentaire à supprimer</numerusform>
                <numerusform>{count} commentaires à supprimer</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} is already in the LMS</source>
            <translation>{count} déjà dans le LMS</translation>
        </message>
        <message numerus="yes">
            <source>{count} are already in the LMS</source>
            <translation>
                <numerusform>{count} déjà dans le LMS</numerusform>
                <numerusform>{count} déjà dans le LMS</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} modification</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} modification</numerusform>
                <numerusform>{count} modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>{counts}.</source>
            <translation>{counts}.</translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} note</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} note</numerusform>
                <numerusform>{count} notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>row_status</name>
        <message>
            <source>not a student of the course (no learner role)</source>
            <translation>pas un étudiant du cours (aucun rôle d'apprenant)</translation>
        </message>
        <message>
            <source>{status}: {reason}</source>
            <translation>{status} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>score_dialog</name>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Remis</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Commencé</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non commencé</translation>
        </message>
        <message>
            <source>Fully graded</source>
            <translation>Entièrement noté</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Pending manual grading</source>
            <translation>En attente de notation manuelle</translation>
        </message>
        <message>
            <source>Grading failed</source>
            <translation>Échec de la notation</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Pas prêt</translation>
        </message>
        <message>
            <source>write the points here and the maximum in the “out of” field</source>
            <translation>saisissez ici les points et le maximum dans le champ « sur »</translation>
        </message>
        <message>
            <source>write the maximum alone in the “out of” field</source>
            <translation>saisissez le maximum seul dans le champ « sur »</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} et {last}</translation>
        </message>
        <message numerus="yes">
            <source>{names} and {count} more</source>
            <translation>
                <numerusform>{names} et {count} autre</numerusform>
                <numerusform>{names} et {count} autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear the grade of {name}?</source>
            <translation>Effacer la note de {name} ?</translation>
        </message>
        <message numerus="yes">
            <source>Clear the grades of {count} learners ({names})?</source>
            <translation>
                <numerusform>Effacer la note de {count} apprenant ({names}) ?</numerusform>
                <numerusform>Effacer les notes de {count} apprenants ({names}) ?</numerusform>
            </translation>
        </message>
        <message>
            <source>When you submit, the app sends a score without a value: Canvas and Moodle then show no grade. Comments are kept. The change is checked against the LMS after sending and recorded in the history. Until you submit you can undo it.</source>
            <translation>Lors de la soumission, l'application envoie des points sans valeur : Canvas et Moodle n'affichent alors aucune note. Les commentaires sont conservés. La modification est vérifiée auprès du LMS après l'envoi et enregistrée dans l'historique. Vous pouvez l'annuler tant que vous n'avez pas soumis.</translation>
        </message>
        <message>
            <source>The LMS shows no grade for them now. When you submit, the app sends a score without a value: Canvas and Moodle then show no grade. Comments are kept. The change is checked against the LMS after sending and recorded in the history. Until you submit you can undo it.</source>
            <translation>Le LMS n'affiche actuellement aucune note pour eux. Lors de la soumission, l'application envoie des points sans valeur : Canvas et Moodle n'affichent alors aucune note. Les commentaires sont conservés. La modification est vérifiée auprès du LMS après l'envoi et enregistrée dans l'historique. Vous pouvez l'annuler tant que vous n'avez pas soumis.</translation>
        </message>
        <message>
            <source>Clear grade</source>
            <translation>Effacer la note</translation>
        </message>
        <message numerus="yes">
            <source>Clear {count} grades</source>
            <translation>
                <numerusform>Effacer {count} note</numerusform>
                <numerusform>Effacer {count} notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conserver</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>{course} / {column} — Gradebook</source>
            <translation>{course} / {column} — Gradebook</translation>
        </message>
        <message>
            <source>{course} — Gradebook</source>
            <translation>{course} — Gradebook</translation>
        </message>
        <message>
            <source>Gradebook</source>
            <translation>Gradebook</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (lecture seule)</translation>
        </message>
    </context>
    <context>
        <name>stats_pane</name>
        <message>
            <source>{count} learner</source>
            <translation>{count} apprenant</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} apprenant</numerusform>
                <numerusform>{count} apprenants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status_area</name>
        <message>
            <source>{count} unsent change</source>
            <translation>{count} modification non envoyée</translation>
        </message>
        <message>
            <source>No unsent changes</source>
            <translation>Aucune modification non envoyée</translation>
        </message>
        <message>
            <source>{changes} ({count} conflict)</source>
            <translation>{changes} ({count} conflit)</translation>
        </message>
        <message numerus="yes">
            <source>{count} unsent changes</source>
            <translation>
                <numerusform>{count} modification non envoyée</numerusform>
                <numerusform>{count} modifications non envoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{changes} ({count} conflicts)</source>
            <translation>
                <numerusform>{changes} ({count} conflit)</numerusform>
                <numerusform>{changes} ({count} conflits)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>submission</name>
        <message>
            <source>Sending grades</source>
            <translation>Envoi des notes</translation>
        </message>
        <message>
            <source>{count} grade not yet sent stays queued</source>
            <translation>{count} note pas encore envoyée reste en file d'attente</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades not yet sent stay queued</source>
            <translation>
                <numerusform>{count} note pas encore envoyée reste en file d'attente</numerusform>
                <numerusform>{count} notes pas encore envoyées restent en file d'attente</numerusform>
            </translation>
        </message>
        <message>
            <source>the grades not yet verified stay queued</source>
            <translation>les notes pas encore vérifiées restent en file d'attente</translation>
        </message>
    </context>
    <context>
        <name>submitting</name>
        <message>
            <source>not on the course roster (the student may have left the course)</source>
            <translation>absent de la liste des inscrits du cours (l'apprenant a peut-être quitté le cours)</translation>
        </message>
        <message>
            <source>not an active student (roster status {status})</source>
            <translation>pas un étudiant actif (statut d'inscription {status})</translation>
        </message>
        <message>
            <source>Nothing was waiting to be sent.</source>
            <translation>Rien n'était en attente d'envoi.</translation>
        </message>
        <message>
            <source>All {count} grade sent and verified.</source>
            <translation>La note ({count}) a été envoyée et vérifiée.</translation>
        </message>
        <message>
            <source>{parts}. Cancelled: submit again to send the rest.</source>
            <translation>{parts}. Annulé : soumettez de nouveau pour envoyer le reste.</translation>
        </message>
        <message>
            <source>{parts}. {stopped}</source>
            <translation>{parts}. {stopped}</translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}.</translation>
        </message>
        <message>
            <source>{parts} (sending stopped).</source>
            <translation>{parts} (envoi interrompu).</translation>
        </message>
        <message>
            <source>{count} grade stays queued on this computer</source>
            <translation>{count} note reste en attente sur cet ordinateur</translation>
        </message>
        <message>
            <source>{queued} (sending stopped).</source>
            <translation>{queued} (envoi interrompu).</translation>
        </message>
        <message>
            <source>{queued} (sending stopped; {parts}).</source>
            <translation>{queued} (envoi interrompu ; {parts}).</translation>
        </message>
        <message>
            <source>{count} conflict</source>
            <translation>{count} conflit</translation>
        </message>
        <message numerus="yes">
            <source>All {count} grades sent and verified.</source>
            <translation>
                <numerusform>La note ({count}) a été envoyée et vérifiée.</numerusform>
                <numerusform>Les {count} notes ont toutes été envoyées et vérifiées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} conflicts</source>
            <translation>
                <numerusform>{count} conflit</numerusform>
                <numerusform>{count} conflits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} failed</source>
            <translation>
                <numerusform>{count} échec</numerusform>
                <numerusform>{count} échecs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades stay queued on this computer</source>
            <translation>
                <numerusform>{count} note reste en attente sur cet ordinateur</numerusform>
                <numerusform>{count} notes restent en attente sur cet ordinateur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} left as changed in the LMS</source>
            <translation>
                <numerusform>{count} laissée telle que modifiée dans le LMS</numerusform>
                <numerusform>{count} laissées telles que modifiées dans le LMS</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of these students have unsent edits in the window for this line item; submit or discard those first</source>
            <translation>
                <numerusform>{count} de ces apprenants a des modifications non envoyées dans la fenêtre pour cette colonne de notes ; soumettez-les ou abandonnez-les d'abord</numerusform>
                <numerusform>{count} de ces apprenants ont des modifications non envoyées dans la fenêtre pour cette colonne de notes ; soumettez-les ou abandonnez-les d'abord</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} still queued</source>
            <translation>
                <numerusform>{count} toujours en file d'attente</numerusform>
                <numerusform>{count} toujours en file d'attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{verified} of {count} verified</source>
            <translation>
                <numerusform>{verified} vérifiée sur {count}</numerusform>
                <numerusform>{verified} vérifiées sur {count}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wording</name>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first} ; {rest}</translation>
        </message>
    </context>
    <context>
        <name>xlsx</name>
        <message>
            <source>The file is not a readable XLSX workbook (it may be damaged).</source>
            <translation>Le fichier n'est pas un classeur XLSX lisible (il est peut-être endommagé).</translation>
        </message>
        <message>
            <source>The workbook unpacks to {size}, more than a grade import reads ({limit}): it is not a grade sheet, or it is damaged.</source>
            <translation>Le classeur se décompresse en {size}, plus que ce qu'un import de notes lit ({limit}) : ce n'est pas une feuille de notes, ou il est endommagé.</translation>
        </message>
        <message>
            <source>The workbook's part {part} unpacks to {ratio} times its packed size ({size}); spreadsheets never pack more than {limit} times, so the file is refused as unsafe to open.</source>
            <translation>La partie {part} du classeur se décompresse à {ratio} fois sa taille compressée ({size}) ; les tableurs ne compressent jamais plus de {limit} fois, le fichier est donc refusé car son ouverture n'est pas sûre.</translation>
        </message>
        <message>
            <source>The workbook has no worksheet.</source>
            <translation>Le classeur n'a aucune feuille de calcul.</translation>
        </message>
        <message numerus="yes">
            <source>{user}: the comment is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user} : le commentaire est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que le premier caractère ({count}).</numerusform>
                <numerusform>{user} : le commentaire est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que les {count} premiers caractères.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the email is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user} : l'e-mail est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que le premier caractère ({count}).</numerusform>
                <numerusform>{user} : l'e-mail est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que les {count} premiers caractères.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the name is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user} : le nom est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que le premier caractère ({count}).</numerusform>
                <numerusform>{user} : le nom est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que les {count} premiers caractères.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the user ID is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user} : l'ID utilisateur est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que le premier caractère ({count}).</numerusform>
                <numerusform>{user} : l'ID utilisateur est plus long que ce qu'une cellule de tableur peut contenir ; le fichier XLSX n'en garde que les {count} premiers caractères.</numerusform>
            </translation>
        </message>
    </context>
</TS>
