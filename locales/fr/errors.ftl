# Ce qui n'a pas marché, en mots qui permettent d'agir. Affiché par
# l'application quand un appel échoue ; aucun ne répète ce que la personne a tapé.

error-invalid-locale = Ce réglage de langue ne peut pas être lu. Choisissez une langue dans la liste.
error-unknown-topic = Cette situation ne figure pas dans l'application. Choisissez-en une dans la liste.
error-unknown-law = Cette loi ne figure pas dans l'application. Choisissez-en une dans la liste.
error-unknown-warrant-state = L'application ne sait plus où vous en étiez dans les questions sur le mandat. Recommencez-les.
error-unknown-warrant-choice = Ce n'est pas une des réponses à cette question. Choisissez une des réponses affichées.
error-unknown-message = L'application a demandé un texte qui n'existe pas. C'est une erreur dans l'application.
error-invalid-coordinates = Votre position n'a pas pu être lue. Tapez plutôt un code postal (ZIP code) ou un comté.
error-invalid-zip = Un code postal (ZIP code) a 5 chiffres, par exemple 90012.
error-unknown-zip = L'application ne connaît pas ce code postal. Vérifiez-le, ou tapez votre comté.
error-unknown-county = Il n'y a aucun comté de ce nom dans les lieux couverts par l'application.
error-unknown-city = Il n'y a aucune ville de ce nom dans les lieux couverts par l'application.
error-unknown-state = Ce n'est pas un État des États-Unis. Tapez son code à deux lettres, par exemple CA.
error-invalid-time = Cette heure ne peut pas être lue. Écrivez le jour en anglais et l'heure, par exemple Mon 22:30.
error-not-a-pack = Ce fichier n'est pas un fichier de contenu Amparo. Rien n'a été modifié.
error-unsupported-pack-format = Ce fichier de contenu est prévu pour une autre version de l'application. Rien n'a été modifié.
error-corrupt-pack = Ce fichier de contenu est endommagé ou incomplet. Rien n'a été modifié.
error-pack-too-large = Ce fichier de contenu est beaucoup trop gros pour être authentique. Rien n'a été modifié.
error-unknown-key = Ce fichier de contenu n'a pas été signé par Amparo. Il est peut-être faux. Rien n'a été modifié.
error-bad-signature = Ce fichier de contenu a été modifié après sa signature par Amparo. Il est peut-être faux. Rien n'a été modifié.
# $offered : la version du contenu du fichier ; $in_use : la version qu'utilise l'application.
error-not-newer = Ce fichier de contenu (version { $offered }) n'est pas plus récent que le contenu que vous avez (version { $in_use }). Rien n'a été modifié.
# $required : une version de l'application, par exemple 0.2.0.
error-needs-newer-app = Ce fichier de contenu demande une version plus récente de l'application ({ $required }). Mettez d'abord l'application à jour. Rien n'a été modifié.
# $missing : des codes de langue, par exemple « km, ti ».
error-fewer-languages = Il manque à ce fichier de contenu des langues que l'application a déjà ({ $missing }). Rien n'a été modifié.
error-storage = L'application n'a pas pu enregistrer le fichier de contenu sur ce téléphone. Le contenu que vous avez fonctionne toujours.
error-no-data-folder = L'application ne peut pas installer de fichiers de contenu ici. Le contenu que vous avez fonctionne toujours.
error-unknown-question = Cette question ne figure pas dans ce quiz. Recommencez le quiz.
error-unknown-quiz-choice = Ce n'est pas une des réponses à cette question. Choisissez une des lettres affichées.
error-unknown-emergency-message = Ce message ne figure pas dans l'application. Choisissez-en un dans la liste.
error-unknown-message-value = L'application a donné à ce message quelque chose qu'il ne demande pas. C'est une erreur dans l'application.
error-value-too-long = C'est trop long pour un SMS. Utilisez { $limit } caractères ou moins.
